using System.Diagnostics;

namespace NewsContent.Benchmarks.Scale;

/// <summary>Median wall time and allocated bytes of an action repeated in this process (for figures BenchmarkDotNet does not give).</summary>
internal static class Medians
{
    public static (TimeSpan Time, long AllocatedBytes) Of(int runs, Action action)
    {
        var times = new List<TimeSpan>();
        var allocations = new List<long>();
        for (var i = 0; i < runs; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var watch = Stopwatch.StartNew();
            action();
            watch.Stop();
            allocations.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            times.Add(watch.Elapsed);
        }

        times.Sort();
        allocations.Sort();
        return (times[times.Count / 2], allocations[allocations.Count / 2]);
    }

    /// <summary>Calls the action until tiered JIT has had time to promote it (at least 30 calls and half a second), so medians are of optimized code.</summary>
    public static void WarmUp(Action action)
    {
        var watch = Stopwatch.StartNew();
        for (var calls = 0; calls < 30 || watch.ElapsedMilliseconds < 500; calls++)
        {
            action();
        }
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
