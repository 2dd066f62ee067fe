using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;

namespace NewsContent.Benchmarks.Generator;

/// <summary>
/// The jobs, full or quick. Quick (the --quick flag, passed on to BenchmarkDotNet's child processes through
/// the environment) keeps the whole suite to minutes on a 2-core machine at the price of wider error bars.
/// </summary>
internal static class BenchJobs
{
    public const string QuickVariable = "NEWSCONTENT_BENCH_QUICK";

    public static bool Quick => Environment.GetEnvironmentVariable(QuickVariable) == "1";

    /// <summary>Many short invocations: BenchmarkDotNet picks the counts.</summary>
    public static Job Steady => Quick ? Job.ShortRun.WithId("Quick") : Job.Default;

    /// <summary>Invocations of seconds each: a fixed, small number of iterations.</summary>
    public static Job Long => Quick
        ? Job.ShortRun.WithId("Quick")
        : Job.Default.WithWarmupCount(3).WithIterationCount(10).WithLaunchCount(1).WithId("Long");

    /// <summary>One invocation per new process: the first run after the compiler loads the generator.</summary>
    public static Job Cold => new Job("Cold")
        .WithStrategy(RunStrategy.ColdStart)
        .WithLaunchCount(Quick ? 5 : 15)
        .WithWarmupCount(0)
        .WithIterationCount(1);
}

/// <summary>Steady job and allocations.</summary>
internal sealed class SteadyConfig : ManualConfig
{
    public SteadyConfig()
    {
        AddJob(BenchJobs.Steady);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}

/// <summary>Long job, allocations and throughput columns for the scale benchmarks.</summary>
internal sealed class ScaleConfig : ManualConfig
{
    public ScaleConfig()
    {
        AddJob(BenchJobs.Long);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(ThroughputColumn.InputMegabytes, ThroughputColumn.MegabytesPerSecond, ThroughputColumn.MillisecondsPerMegabyte);
    }
}

/// <summary>Cold-start job and allocations.</summary>
internal sealed class ColdConfig : ManualConfig
{
    public ColdConfig()
    {
        AddJob(BenchJobs.Cold);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
