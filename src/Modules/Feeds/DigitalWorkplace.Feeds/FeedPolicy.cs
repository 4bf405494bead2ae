using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds;

/// <summary>
/// Who may read and write posts, decided by the Communities policy (<see cref="ICommunityAccess"/>):
/// a post is readable when its community is. Something the person may not read is a 404
/// (<c>community.not_found</c>, <c>post.not_found</c>) so private communities cannot be probed; a person who
/// may read but is not a member gets 403 <c>community.members_only</c> when posting, commenting or reacting.
/// </summary>
internal sealed class FeedPolicy(FeedsDbContext db, ICommunityAccess access)
{
    public static readonly Error CommunityNotFound = Error.NotFound("community.not_found");
    public static readonly Error PostNotFound = Error.NotFound("post.not_found");

    public async Task<Error?> ReadCommunityAsync(Guid personId, Guid communityId, CancellationToken cancellationToken) =>
        await access.CanReadAsync(personId, communityId, cancellationToken) ? null : CommunityNotFound;

    /// <summary>The Communities policy's answer: not found, members only, muted, archived — or null.</summary>
    public async Task<Error?> ContributeToCommunityAsync(Guid personId, Guid communityId, CancellationToken cancellationToken) =>
        await access.PostRefusalAsync(personId, communityId, cancellationToken);

    /// <summary>
    /// What the community asks of this text: a 400 naming the blocked word on <paramref name="field"/>, or whether it is
    /// held for a moderator (a hold word, or pre-approval of posts); moderators are never held.
    /// </summary>
    public async Task<Result<bool>> HeldAsync(ICurrentUser user, Guid communityId, string text, bool isPost, string field, CancellationToken cancellationToken)
    {
        var rules = await access.PublishingRulesAsync(communityId, cancellationToken);
        var match = rules.Match(text);
        if (match is { Action: KeywordAction.Block })
        {
            return Error.Validation(field, FieldError.Rule("blocked_word", $"contains \"{match.Keyword}\", which this community does not allow.", new Dictionary<string, object> { ["word"] = match.Keyword }));
        }

        if (match is null && !(isPost && rules.RequiresPostApproval))
        {
            return false;
        }

        return !(user.IsAdministrator || (await access.ModeratedAsync(user.PersonId, cancellationToken)).Contains(communityId));
    }

    public async Task<Error?> ReadPostAsync(Guid personId, Guid postId, CancellationToken cancellationToken) =>
        await CommunityOfAsync(postId, cancellationToken) is { } communityId && await access.CanReadAsync(personId, communityId, cancellationToken)
            ? null
            : PostNotFound;

    public async Task<Error?> ContributeToPostAsync(Guid personId, Guid postId, CancellationToken cancellationToken)
    {
        if (await CommunityOfAsync(postId, cancellationToken) is not { } communityId)
        {
            return PostNotFound;
        }

        return await access.PostRefusalAsync(personId, communityId, cancellationToken) is { } refused
            ? refused.Kind == ErrorKind.NotFound ? PostNotFound : refused
            : null;
    }

    /// <summary>
    /// Owners and moderators decide on their community's content, administrators on every community's; a reader gets 403
    /// <c>moderation.moderators_only</c>, anyone else 404.
    /// </summary>
    public async Task<Error?> ModerateCommunityAsync(ICurrentUser user, Guid communityId, CancellationToken cancellationToken) =>
        user.IsAdministrator || (await access.ModeratedAsync(user.PersonId, cancellationToken)).Contains(communityId) ? null
        : await access.CanReadAsync(user.PersonId, communityId, cancellationToken) ? ModeratorsOnly
        : CommunityNotFound;

    public static readonly Error AuthorOnly = Error.Forbidden("post.author_only", "Only its author changes or deletes a post (moderators hide or delete it from the moderation queue).");

    /// <summary>
    /// The post's author, who may edit or delete it; a reader who is not its author gets 403, anyone else 404. Editing
    /// also needs the right to write there now (<paramref name="toEdit"/>): a muted or banned author, or an archived
    /// community, keeps the text as it is; deleting one's own post stays possible.
    /// </summary>
    public async Task<Error?> AuthorOfPostAsync(ICurrentUser user, Guid postId, CancellationToken cancellationToken, bool toEdit = false)
    {
        if (await ReadPostAsync(user.PersonId, postId, cancellationToken) is { } unreadable)
        {
            return unreadable;
        }

        if (toEdit && await ContributeToPostAsync(user.PersonId, postId, cancellationToken) is { } refused)
        {
            return refused;
        }

        return await db.Posts.AnyAsync(p => p.Id == postId && p.AuthorId == user.PersonId, cancellationToken) ? null : AuthorOnly;
    }

    public static readonly Error ModeratorsOnly = Error.Forbidden("moderation.moderators_only", "Only the community's owners and moderators decide on reported content.");

    private async Task<Guid?> CommunityOfAsync(Guid postId, CancellationToken cancellationToken) =>
        await db.Posts.AsNoTracking().Where(p => p.Id == postId && p.Status == ContentStatus.Published).Select(p => (Guid?)p.CommunityId).SingleOrDefaultAsync(cancellationToken);
}
