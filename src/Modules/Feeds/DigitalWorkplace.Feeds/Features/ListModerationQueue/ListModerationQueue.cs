using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListModerationQueue;

/// <summary>
/// What waits for a moderator, oldest report first: each reported post or comment once, with its open reports (reasons,
/// not reporters). The held and hidden views list what waits for approval, or was hidden, newest first. One community
/// for its owners and moderators; every community (no id) for administrators.
/// </summary>
internal sealed record ListModerationQueue(Guid? CommunityId, ModerationView View) : IQuery<Result<IReadOnlyList<ModerationItemDto>>>;

internal sealed class ListModerationQueueAuthorizer(FeedPolicy policy) : IAuthorizer<ListModerationQueue>
{
    public async ValueTask<Error?> AuthorizeAsync(ListModerationQueue message, ICurrentUser user, CancellationToken cancellationToken) =>
        message.CommunityId is { } communityId ? await policy.ModerateCommunityAsync(user, communityId, cancellationToken)
        : user.IsAdministrator ? null
        : Error.Forbidden("moderation.administrators_only", "The queue of every community is for administrators; moderators open their community's.");
}

internal sealed class ListModerationQueueHandler(FeedsDbContext db, IPeopleDirectory people, ICommunityDirectory communities)
    : IQueryHandler<ListModerationQueue, Result<IReadOnlyList<ModerationItemDto>>>
{
    private const int Limit = 100;

    private sealed record Content(Guid PostId, Guid? CommentId, Guid CommunityId, Guid AuthorId, string Html, ContentStatus Status, DateTimeOffset WrittenAt);

    public async ValueTask<Result<IReadOnlyList<ModerationItemDto>>> Handle(ListModerationQueue query, CancellationToken cancellationToken)
    {
        var communityId = query.CommunityId;
        var reports = db.Reports.AsNoTracking().Where(r => communityId == null || r.CommunityId == communityId);
        List<Guid> targets;
        if (query.View != ModerationView.Reported)
        {
            var status = query.View switch { ModerationView.Held => ContentStatus.Held, ModerationView.Deleted => ContentStatus.Deleted, _ => ContentStatus.Hidden };
            var posts = await db.Posts.AsNoTracking().Where(p => p.Status == status && (communityId == null || p.CommunityId == communityId))
                .OrderByDescending(p => p.Id).Select(p => p.Id).Take(Limit).ToListAsync(cancellationToken);
            var comments = await db.Comments.AsNoTracking().Where(c => c.Status == status)
                .Join(db.Posts.Where(p => communityId == null || p.CommunityId == communityId), c => c.PostId, p => p.Id, (c, _) => c.Id)
                .OrderByDescending(id => id).Take(Limit).ToListAsync(cancellationToken);
            targets = [.. posts.Concat(comments).OrderDescending().Take(Limit)];
        }
        else
        {
            targets = await reports.Where(r => r.DecidedAt == null).GroupBy(r => r.TargetId)
                .Select(g => new { TargetId = g.Key, First = g.Min(r => r.ReportedAt) })
                .OrderBy(g => g.First).Take(Limit).Select(g => g.TargetId).ToListAsync(cancellationToken);
        }

        var contents = await ContentsAsync(targets, cancellationToken);
        var reasons = (await reports.Where(r => targets.Contains(r.TargetId) && (query.View != ModerationView.Reported || r.DecidedAt == null)).ToListAsync(cancellationToken))
            .ToLookup(r => r.TargetId);
        var authors = await people.GetManyAsync(contents.Values.Select(c => c.AuthorId).ToHashSet(), cancellationToken);
        var names = await communities.NamesAsync(contents.Values.Select(c => c.CommunityId).ToHashSet(), cancellationToken);
        return targets.Where(contents.ContainsKey).Select(id =>
        {
            var content = contents[id];
            return new ModerationItemDto(
                content.PostId, content.CommentId, content.CommunityId, names.GetValueOrDefault(content.CommunityId, ""), PostViews.Author(content.AuthorId, authors),
                content.Html, content.Status.ToString(), content.WrittenAt,
                [.. reasons[id].OrderBy(r => r.ReportedAt).Select(r => new ReportSummaryDto(r.Reason.ToString(), r.Details, r.ReportedAt))]);
        }).ToList();
    }

    private async Task<Dictionary<Guid, Content>> ContentsAsync(List<Guid> targets, CancellationToken cancellationToken)
    {
        var posts = await db.Posts.AsNoTracking().Where(p => targets.Contains(p.Id))
            .Select(p => new Content(p.Id, null, p.CommunityId, p.AuthorId, p.Html, p.Status, p.PublishedAt)).ToListAsync(cancellationToken);
        var comments = await db.Comments.AsNoTracking().Where(c => targets.Contains(c.Id))
            .Join(db.Posts, c => c.PostId, p => p.Id, (c, p) => new Content(c.PostId, c.Id, p.CommunityId, c.AuthorId, c.Html, c.Status, c.CreatedAt))
            .ToListAsync(cancellationToken);
        return posts.Concat(comments).ToDictionary(c => c.CommentId ?? c.PostId);
    }
}
