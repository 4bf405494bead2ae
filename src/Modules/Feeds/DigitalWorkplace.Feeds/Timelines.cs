using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds;

/// <summary>A community's newest posts, and whether it has older ones than these.</summary>
internal sealed record Timeline(IReadOnlyList<PostRow> Newest, bool HasOlder);

/// <summary>A post's reactions, counted once when cached: the counts in display order, and who reacted with each kind.</summary>
internal sealed class PostReactions
{
    private readonly (string Kind, HashSet<Guid> People)[] _byKind;

    public PostReactions(IEnumerable<(Guid PersonId, string Kind)> reactions)
    {
        _byKind = [.. reactions.GroupBy(r => r.Kind)
            .OrderBy(g => ReactionKinds.Order(g.Key))
            .Select(g => (g.Key, g.Select(r => r.PersonId).ToHashSet()))];
        Counts = [.. _byKind.Select(k => new ReactionCountDto(k.Kind, k.People.Count))];
    }

    public IReadOnlyList<ReactionCountDto> Counts { get; }

    public IReadOnlyList<string> Of(Guid personId) => [.. _byKind.Where(k => k.People.Contains(personId)).Select(k => k.Kind)];
}

/// <summary>A poll's votes, counted once when cached: the count of each option, how many voted, and who chose what.</summary>
internal sealed class PollTally
{
    private readonly ILookup<Guid, int> _byPerson;

    public PollTally(IEnumerable<(Guid PersonId, int Option)> votes, int optionCount)
    {
        var all = votes.ToList();
        _byPerson = all.ToLookup(v => v.PersonId, v => v.Option);
        Counts = [.. Enumerable.Range(0, optionCount).Select(i => all.Count(v => v.Option == i))];
        Voters = _byPerson.Count;
    }

    public IReadOnlyList<int> Counts { get; }

    public int Voters { get; }

    public IReadOnlyList<int> Of(Guid personId) => [.. _byPerson[personId].Order()];
}

/// <summary>
/// The reads behind every feed page, from memory: each community's newest posts (shared by all its readers) and each
/// post's reactions. A post, comment or reaction invalidates what it changes once committed (on every node, through
/// <see cref="ICacheInvalidation"/>), so readers see it at once. Who may read which community is never cached here:
/// the Communities policy decides it for every page.
/// </summary>
internal sealed class Timelines(StampedCache cache, ICacheInvalidation invalidation)
{
    /// <summary>Enough for the first pages of a home feed; deeper pages go to the database.</summary>
    public const int Window = 60;

    private static string TimelineKey(Guid communityId) => "feeds.timeline:" + communityId.ToString("N");

    private static string ReactionsKey(Guid postId) => "feeds.reactions:" + postId.ToString("N");

    private static string PollKey(Guid postId) => "feeds.poll:" + postId.ToString("N");

    public async Task<Timeline> NewestAsync(Guid communityId, CancellationToken cancellationToken) =>
        (await cache.GetAsync<FeedsDbContext, Timeline>(TimelineKey(communityId), async db =>
        {
            var rows = await PostViews.Rows(db.Posts.AsNoTracking().Where(p => p.CommunityId == communityId && p.Status == ContentStatus.Published).OrderByDescending(p => p.Id))
                .Take(Window + 1)
                .ToListAsync(cancellationToken);
            return new Timeline([.. rows.Take(Window)], HasOlder: rows.Count > Window);
        }))!;

    /// <summary>Every post's reactions (none is an answer too, and is kept).</summary>
    public Task<IReadOnlyDictionary<Guid, PostReactions>> ReactionsAsync(IReadOnlyList<Guid> postIds, CancellationToken cancellationToken) =>
        cache.GetManyAsync<FeedsDbContext, Guid, PostReactions>(postIds, ReactionsKey, ReactionsKey, async (db, wanted) =>
        {
            var rows = await db.Reactions.AsNoTracking()
                .Where(r => wanted.Contains(r.PostId))
                .Select(r => new { r.PostId, r.PersonId, r.Kind })
                .ToListAsync(cancellationToken);
            var byPost = rows.ToLookup(r => r.PostId);
            return wanted.ToDictionary(id => id, id => new PostReactions(byPost[id].Select(r => (r.PersonId, r.Kind))));
        });

    /// <summary>These polls' votes (the option count of each poll given, so that unvoted options count zero).</summary>
    public Task<IReadOnlyDictionary<Guid, PollTally>> PollTalliesAsync(IReadOnlyDictionary<Guid, int> optionCounts, CancellationToken cancellationToken) =>
        cache.GetManyAsync<FeedsDbContext, Guid, PollTally>([.. optionCounts.Keys], PollKey, PollKey, async (db, wanted) =>
        {
            var rows = await db.PollVotes.AsNoTracking().Where(v => wanted.Contains(v.PostId)).Select(v => new { v.PostId, v.PersonId, v.Option }).ToListAsync(cancellationToken);
            var byPost = rows.ToLookup(r => r.PostId);
            return wanted.ToDictionary(id => id, id => new PollTally(byPost[id].Select(r => (r.PersonId, r.Option)), optionCounts[id]));
        });

    public Task PollChangedAsync(Guid postId, CancellationToken cancellationToken) =>
        invalidation.InvalidateAsync(PollKey(postId), cancellationToken);

    /// <summary>After a post was published in the community, or one of its posts changed (a comment counted).</summary>
    public Task PostsChangedAsync(Guid communityId, CancellationToken cancellationToken) =>
        invalidation.InvalidateAsync(TimelineKey(communityId), cancellationToken);

    public Task ReactionsChangedAsync(Guid postId, CancellationToken cancellationToken) =>
        invalidation.InvalidateAsync(ReactionsKey(postId), cancellationToken);
}
