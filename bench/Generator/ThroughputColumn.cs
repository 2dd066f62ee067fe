using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsContent.Benchmarks.Pages;

namespace NewsContent.Benchmarks.Generator;

/// <summary>Input size and throughput beside the scale benchmarks' times, so linearity reads off one column (ms per MB).</summary>
internal sealed class ThroughputColumn : IColumn
{
    public static readonly IColumn InputMegabytes = new ThroughputColumn("Input MB", (megabytes, _) => megabytes, fullRunsOnly: false);
    public static readonly IColumn MegabytesPerSecond = new ThroughputColumn("MB/s", (megabytes, nanoseconds) => megabytes / (nanoseconds / 1e9), fullRunsOnly: true);
    public static readonly IColumn MillisecondsPerMegabyte = new ThroughputColumn("ms/MB", (megabytes, nanoseconds) => nanoseconds / 1e6 / megabytes, fullRunsOnly: true);

    /// <summary>Input bytes per archive size; the pages are made again here because the host process never ran the benchmark.</summary>
    private static readonly ConcurrentDictionary<int, double> Megabytes = new();

    private readonly Func<double, double, double> compute;

    /// <summary>Throughput of an edit would divide the whole archive by the time to re-run one page: meaningless, so left blank.</summary>
    private readonly bool fullRunsOnly;

    private ThroughputColumn(string name, Func<double, double, double> compute, bool fullRunsOnly)
    {
        this.fullRunsOnly = fullRunsOnly;
        ColumnName = name;
        Id = "NewsContent." + name;
        this.compute = compute;
    }

    public string Id { get; }

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => ColumnName switch
    {
        "Input MB" => "UTF-8 size of the seeds, in MB (10^6 bytes)",
        "MB/s" => "seed MB generated per second, from the median",
        _ => "milliseconds per seed MB, from the median: flat means linear",
    };

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters["Pages"] is not int pages
            || (fullRunsOnly && benchmarkCase.Descriptor.WorkloadMethod.Name != nameof(ScaleBenchmarks.FullRun)))
        {
            return "-";
        }

        var megabytes = Megabytes.GetOrAdd(pages, n => PageVariations.Create(n).Sum(p => (double)p.Utf8Bytes) / 1e6);
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        return median is null ? "-" : compute(megabytes, median.Value).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
