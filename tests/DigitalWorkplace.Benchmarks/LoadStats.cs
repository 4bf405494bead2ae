using System.Diagnostics;

namespace DigitalWorkplace.Benchmarks;

/// <summary>Requests per second and latency percentiles of one bounded load run.</summary>
internal sealed record LoadStats(string Name, int Requests, int Failures, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public override string ToString() =>
        $"{Name,-28} {RequestsPerSecond,10:F0} req/s   p50 {P50Ms,7:F2} ms   p99 {P99Ms,7:F2} ms   ({Requests} requests, {Failures} failed, {Elapsed.TotalSeconds:F1} s)";

    public static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];

    /// <summary>Runs <paramref name="connections"/> loops for a fixed duration; every loop stops by itself.</summary>
    public static async Task<LoadStats> MeasureAsync(string name, int connections, TimeSpan duration, Func<Task<bool>> request)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            var latencies = new List<double>();
            var failures = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var t = Stopwatch.GetTimestamp();
                if (!await request())
                {
                    failures++;
                }

                latencies.Add(Stopwatch.GetElapsedTime(t).TotalMilliseconds);
            }

            return (latencies, failures);
        }).ToArray();
        var results = await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = results.SelectMany(r => r.latencies).Order().ToList();
        var stats = new LoadStats(name, all.Count, results.Sum(r => r.failures), elapsed, Percentile(all, 50), Percentile(all, 99));
        Console.WriteLine(stats);
        return stats;
    }
}
