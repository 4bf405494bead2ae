using System.Globalization;
using DigitalWorkplace.BuildingBlocks.Auditing;
using DigitalWorkplace.Identity.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalWorkplace.Identity.Auditing;

internal sealed class AuditOptions
{
    /// <summary>How long entries are kept: 400 days by default (a year and the audit that follows it); 0 keeps them for ever.</summary>
    public int RetentionDays { get; set; } = 400;

    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>
/// Deletes the entries older than the retention, the only deletion the log knows, and audits it (how many, up to when).
/// Nodes racing are harmless: a row is deleted once, and a pass that found nothing records nothing.
/// </summary>
internal sealed partial class AuditRetention(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AuditOptions> options, ILogger<AuditRetention> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        do
        {
            try
            {
                await ApplyAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass; returns how many entries went.</summary>
    internal async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RetentionDays <= 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var before = clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var deleted = await db.AuditLog.Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            scope.ServiceProvider.GetRequiredService<AuditTrail>().Record(db, "audit.retention-applied", AuditSubjects.AuditLog, after: new Dictionary<string, string?>
            {
                ["deleted"] = deleted.ToString(CultureInfo.InvariantCulture),
                ["olderThan"] = before.ToString("O", CultureInfo.InvariantCulture),
            });
            await db.SaveChangesAsync(cancellationToken);
            LogDeleted(logger, deleted, options.Value.RetentionDays);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} audit entries older than {Days} days")]
    private static partial void LogDeleted(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Applying the audit retention failed; the next check retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
