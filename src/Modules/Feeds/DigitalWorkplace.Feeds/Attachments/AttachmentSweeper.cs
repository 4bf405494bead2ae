using DigitalWorkplace.BuildingBlocks.Storage;
using DigitalWorkplace.Feeds.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.Feeds.Attachments;

/// <summary>
/// Removes the files nobody can reach any more, once an hour: uploads no post or comment took within a day, and the
/// files of posts and comments that were deleted (by a moderator, or with an erased person's content). One place for
/// all of them, rather than a clean-up in every path that deletes; each node may run it (deleting twice is harmless).
/// </summary>
internal sealed partial class AttachmentSweeper(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AttachmentSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>How long an upload waits for the post being written.</summary>
    public static readonly TimeSpan UnclaimedFor = TimeSpan.FromDays(1);

    private const int Batch = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailed(logger, exception);
            }
        }
    }

    /// <summary>One pass; returns how many files were removed.</summary>
    internal async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FeedsDbContext>();
        var files = scope.ServiceProvider.GetRequiredService<IFileStore>();
        var before = clock.GetUtcNow() - UnclaimedFor;
        var removed = 0;
        while (true)
        {
            var candidates = await Unreachable(db, before).Take(Batch).Select(a => new { a.Id, a.StorageKey }).ToListAsync(cancellationToken);
            foreach (var candidate in candidates)
            {
                // The row goes first, and only if still unreachable (an upload a post took meanwhile stays): then its file.
                if (await Unreachable(db, before).Where(a => a.Id == candidate.Id).ExecuteDeleteAsync(cancellationToken) == 1)
                {
                    await files.DeleteAsync(candidate.StorageKey, cancellationToken);
                    removed++;
                }
            }

            if (candidates.Count < Batch)
            {
                return removed;
            }
        }
    }

    private static IQueryable<Domain.Attachment> Unreachable(FeedsDbContext db, DateTimeOffset unclaimedBefore) =>
        db.Attachments.Where(a => (a.PostId == null && a.UploadedAt < unclaimedBefore)
            || (a.PostId != null && !db.Posts.Any(p => p.Id == a.PostId))
            || (a.CommentId != null && !db.Comments.Any(c => c.Id == a.CommentId)));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping unreachable attachments failed; the next pass tries again.")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
