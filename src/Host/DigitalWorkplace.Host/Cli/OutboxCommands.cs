using DigitalWorkplace.BuildingBlocks.Messaging;

namespace DigitalWorkplace.Host.Cli;

/// <summary><c>outbox dead-letters</c> and <c>outbox retry</c>: what an operator does when the ready probe says "Degraded".</summary>
internal static class OutboxCommands
{
    public static readonly CliCommand[] All =
    [
        new("outbox dead-letters", "Lists the deliveries whose attempts ran out, in every module's outbox.", [], ListAsync),
        new("outbox retry", "Makes dead letters due again with fresh attempts; the running host delivers them within a second.",
            ["--message <id>            only this message", "--subscriber <name>       only this subscriber (e.g. search.index-post)"],
            RetryAsync),
    ];

    private static async Task<int> ListAsync(WebApplication app, CliOptions options)
    {
        var total = 0;
        foreach (var outbox in app.Services.GetServices<IOutbox>())
        {
            foreach (var dead in await outbox.DeadLettersAsync(CancellationToken.None))
            {
                total++;
                var error = dead.LastError?.ReplaceLineEndings(" ") ?? "";
                Console.WriteLine($"{dead.Module}\t{dead.MessageId}\t{dead.Event}\t{dead.Subscriber}\t{dead.Attempts} attempts\t{dead.DeadAt:u}\t{error[..Math.Min(200, error.Length)]}");
            }
        }

        await Console.Error.WriteLineAsync($"{total} dead letter(s).");
        return 0;
    }

    private static async Task<int> RetryAsync(WebApplication app, CliOptions options)
    {
        Guid? messageId = null;
        if (options.Value("--message") is { } text)
        {
            messageId = Guid.TryParse(text, out var id) ? id : throw new CliUsageException("--message must be a message id, as `outbox dead-letters` prints it.");
        }

        var retried = 0;
        foreach (var outbox in app.Services.GetServices<IOutbox>())
        {
            retried += await outbox.RetryDeadLettersAsync(messageId, options.Value("--subscriber"), CancellationToken.None);
        }

        Console.WriteLine($"{retried} dead letter(s) will be delivered again.");
        return 0;
    }
}
