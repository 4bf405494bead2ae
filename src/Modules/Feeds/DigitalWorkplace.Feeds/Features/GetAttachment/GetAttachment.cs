using DigitalWorkplace.BuildingBlocks.Storage;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.GetAttachment;

/// <summary>
/// A picture or file, for whoever may read the published post or comment it is attached to (and for the community's
/// moderators while it is held or hidden); before that, for its uploader only. Anyone else gets 404, as for the post.
/// </summary>
internal sealed record GetAttachment(Guid AttachmentId) : IQuery<Result<AttachmentContent>>;

internal sealed record AttachmentContent(Stream Content, string ContentType, string FileName, bool IsImage);

internal sealed class GetAttachmentAuthorizer(FeedsDbContext db, FeedPolicy policy) : IAuthorizer<GetAttachment>
{
    public static readonly Error NotFound = Error.NotFound("attachment.not_found");

    public async ValueTask<Error?> AuthorizeAsync(GetAttachment message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking().Where(a => a.Id == message.AttachmentId)
            .Select(a => new { a.UploaderId, a.PostId, a.CommentId }).SingleOrDefaultAsync(cancellationToken);
        if (attachment is null)
        {
            return NotFound;
        }

        if (attachment.PostId is not { } postId)
        {
            return attachment.UploaderId == user.PersonId ? null : NotFound;
        }

        // A held or hidden post's or comment's files are read like it: by nobody but the community's moderators, who decide on it.
        var published = attachment.CommentId is { } commentId
            ? await db.Comments.AnyAsync(c => c.Id == commentId && c.Status == ContentStatus.Published, cancellationToken)
            : true;
        if (published && await policy.ReadPostAsync(user.PersonId, postId, cancellationToken) is null)
        {
            return null;
        }

        var community = await db.Posts.AsNoTracking().Where(p => p.Id == postId).Select(p => (Guid?)p.CommunityId).SingleOrDefaultAsync(cancellationToken);
        return community is { } communityId && await policy.ModerateCommunityAsync(user, communityId, cancellationToken) is null ? null : NotFound;
    }
}

internal sealed class GetAttachmentHandler(FeedsDbContext db, IFileStore files) : IQueryHandler<GetAttachment, Result<AttachmentContent>>
{
    public async ValueTask<Result<AttachmentContent>> Handle(GetAttachment query, CancellationToken cancellationToken)
    {
        var attachment = await db.Attachments.AsNoTracking().SingleAsync(a => a.Id == query.AttachmentId, cancellationToken);
        var content = await files.OpenReadAsync(attachment.StorageKey, cancellationToken);
        return content is null
            ? GetAttachmentAuthorizer.NotFound
            : new AttachmentContent(content, attachment.ContentType, attachment.FileName, attachment.Kind == AttachmentKind.Image);
    }
}
