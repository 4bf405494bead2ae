namespace DigitalWorkplace.Host.Cli;

internal sealed record CliCommand(string Name, string Description, string[] Options, Func<WebApplication, CliOptions, Task<int>> Run)
{
    public string[] Words { get; } = Name.Split(' ');

    public bool Matches(string[] args) => args.Length >= Words.Length && Words.AsSpan().SequenceEqual(args.AsSpan(0, Words.Length));

    public void PrintHelp(TextWriter writer)
    {
        writer.WriteLine($"Usage: DigitalWorkplace.Host {Name} [options]");
        writer.WriteLine(Description);
        foreach (var option in Options)
        {
            writer.WriteLine($"  {option}");
        }
    }
}

internal sealed class CliUsageException(string message) : Exception(message);

/// <summary>The options after a command: its own (--email x, --admin) and configuration (--Section:Key=value).</summary>
internal sealed class CliOptions
{
    private readonly Dictionary<string, string?> _values;

    private CliOptions(Dictionary<string, string?> values, string[] configurationArgs)
    {
        _values = values;
        ConfigurationArgs = configurationArgs;
    }

    public string[] ConfigurationArgs { get; }

    public static CliOptions Parse(string[] args)
    {
        var configuration = new List<string>();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                configuration.Add(arg);
            }
            else if (arg.StartsWith('-'))
            {
                var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith('-');
                values[arg] = hasValue ? args[++i] : null;
            }
            else
            {
                throw new CliUsageException($"Unexpected argument '{arg}'.");
            }
        }

        return new CliOptions(values, [.. configuration]);
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) =>
        Value(name) is { Length: > 0 } value ? value : throw new CliUsageException($"{name} is required.");
}
