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
    : BuildingBlocks.Hosting.PeriodicWork(clock, logger)
{
    protected override TimeSpan Interval => options.Value.CheckInterval;

    protected override Task RunAsync(CancellationToken cancellationToken) => ApplyAsync(cancellationToken);

    /// <summary>One pass; returns how many entries went.</summary>
    internal async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        if (options.Value.RetentionDays <= 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var before = Clock.GetUtcNow().AddDays(-options.Value.RetentionDays);
        var deleted = await db.AuditLog.Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            scope.ServiceProvider.GetRequiredService<AuditTrail>().Record(db, "audit.retention-applied", AuditSubjects.AuditLog, after: new Dictionary<string, string?>
            {
                ["deleted"] = deleted.ToString(CultureInfo.InvariantCulture),
                ["olderThan"] = before.ToString("O", CultureInfo.InvariantCulture),
            });
            await db.SaveChangesAsync(cancellationToken);
            LogDeleted(Logger, deleted, options.Value.RetentionDays);
        }

        return deleted;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} audit entries older than {Days} days")]
    private static partial void LogDeleted(ILogger logger, int count, int days);
}
