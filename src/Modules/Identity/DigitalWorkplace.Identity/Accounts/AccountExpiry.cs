using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigitalWorkplace.Identity.Accounts;

internal sealed class AccountExpiryOptions
{
    /// <summary>How often accounts past their last day are ended. Half a minute: "within a minute" of the season's end.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Ends, on every node, the accounts whose last day has passed — a season's end, a contract's, a guest's expiry — with
/// everything ending an account does (sessions and tokens revoked, the event published). Sign-in already refuses them
/// from the first minute of the next day; this makes it final and visible. Nodes racing for the same people are safe:
/// only one of them changes each account (its concurrency stamp), the other finds nothing left to do.
/// </summary>
internal sealed partial class AccountExpiry(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AccountExpiryOptions> options, ILogger<AccountExpiry> logger)
    : BackgroundService
{
    private const int Batch = 2000;

    // "Started less than N days ago" changes with the date alone: such audiences are evaluated again once a day.
    private DateOnly _timedAudiencesEvaluatedOn;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, clock);
        do
        {
            try
            {
                while (await EndExpiredAsync(stoppingToken) == Batch)
                {
                }

                await RefreshTimedAudiencesAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One pass: ends up to a batch of expired accounts; returns how many.</summary>
    internal async Task<int> EndExpiredAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var expired = await db.Users
            .Where(p => p.EndDate < today && (p.Status == AccountStatus.Active || p.Status == AccountStatus.Invited || p.Status == AccountStatus.PendingApproval))
            .OrderBy(p => p.Id)
            .Select(p => p.Id)
            .Take(Batch)
            .ToListAsync(cancellationToken);
        if (expired.Count == 0)
        {
            return 0;
        }

        var ended = await scope.ServiceProvider.GetRequiredService<AccountStatusChanges>().EndAccessAsync(expired, AccountStatus.Ended, cancellationToken);
        LogEnded(logger, ended, today);
        return expired.Count;
    }

    private async Task RefreshTimedAudiencesAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (today == _timedAudiencesEvaluatedOn)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityModuleDbContext>();
        var membership = scope.ServiceProvider.GetRequiredService<AudienceMembership>();
        var invalidation = scope.ServiceProvider.GetRequiredService<ICacheInvalidation>();
        var catalog = scope.ServiceProvider.GetRequiredService<AudienceCatalog>();
        foreach (var audience in (await catalog.AllAsync(cancellationToken)).Where(a => a.Rule.StartedWithinDays is not null))
        {
            var (_, changed) = await membership.StageAudienceAsync(audience, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await invalidation.InvalidateAsync(changed.Select(Authentication.Credentials.PersonKey), cancellationToken);
        }

        _timedAudiencesEvaluatedOn = today;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ended {Count} accounts whose last day was before {Today}")]
    private static partial void LogEnded(ILogger logger, int count, DateOnly today);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ending expired accounts failed; the next check retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
