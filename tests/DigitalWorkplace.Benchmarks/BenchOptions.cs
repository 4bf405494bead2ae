using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Benchmarks;

internal sealed class BenchOptions
{
    private readonly Dictionary<string, string> _values;

    private BenchOptions(Dictionary<string, string> values) => _values = values;

    public static BenchOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        return new BenchOptions(values);
    }

    public int Int(string name, int fallback) => _values.TryGetValue(name, out var v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : fallback;

    public TestDatabase Database => _values.TryGetValue("--database", out var v) ? Enum.Parse<TestDatabase>(v, ignoreCase: true) : TestDatabase.Sqlite;
}
