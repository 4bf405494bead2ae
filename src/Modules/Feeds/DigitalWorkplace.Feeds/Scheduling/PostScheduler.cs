using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.Feeds.Scheduling;

/// <summary>
/// Publishes scheduled posts when their time comes, every 30 seconds: each due one is claimed by one conditional update
/// (so that two nodes never publish it twice), then published as its author through the same request as the Publish
/// button — their membership, the community's rules and their account checked at that moment — with an idempotency key
/// of its own, so that a retry after a crash finds the post instead of writing a second one.
/// </summary>
internal sealed partial class PostScheduler(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PostScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    /// <summary>A claim older than this was left by a node that stopped mid-way: it is taken again (the key makes that safe).</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(5);

    private const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PublishDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
    }

    /// <summary>One pass; returns how many scheduled posts were settled (published or failed).</summary>
    internal async Task<int> PublishDueAsync(CancellationToken cancellationToken)
    {
        List<ScheduledPost> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FeedsDbContext>();
            var now = clock.GetUtcNow();
            var stale = now - StaleClaim;
            due = await db.ScheduledPosts.AsNoTracking()
                .Where(s => (s.Status == ScheduledPostStatus.Waiting && s.PublishAt <= now) || (s.Status == ScheduledPostStatus.Publishing && s.PublishAt <= stale))
                .OrderBy(s => s.PublishAt).Take(Batch).ToListAsync(cancellationToken);
        }

        var settled = 0;
        foreach (var scheduled in due)
        {
            settled += await PublishAsync(scheduled, cancellationToken) ? 1 : 0;
        }

        return settled;
    }

    private async Task<bool> PublishAsync(ScheduledPost scheduled, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedsDbContext>();
        var claimed = await db.ScheduledPosts.Where(s => s.Id == scheduled.Id && s.Status == scheduled.Status)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.Status, ScheduledPostStatus.Publishing), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        string? failure = null;
        Guid? postId = null;
        if (!await scope.ServiceProvider.GetRequiredService<IPeopleDirectory>().IsActiveAsync(scheduled.AuthorId, cancellationToken))
        {
            failure = "person.inactive";
        }
        else
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(scheduled.AuthorId, isAdministrator: false);
            var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
                new Features.PublishPost.PublishPost(scheduled.CommunityId, scheduled.Markdown, $"scheduled:{scheduled.Id:N}", Poll: ScheduledPostViews.InputOf(scheduled.Poll)),
                cancellationToken);
            failure = result.Error?.Code;
            postId = result.Value?.Value.Id;
        }

        await db.ScheduledPosts.Where(s => s.Id == scheduled.Id).ExecuteUpdateAsync(
            set => set.SetProperty(s => s.Status, failure is null ? ScheduledPostStatus.Published : ScheduledPostStatus.Failed)
                .SetProperty(s => s.PostId, postId)
                .SetProperty(s => s.Failure, failure),
            cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing scheduled posts failed; the next pass tries again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
