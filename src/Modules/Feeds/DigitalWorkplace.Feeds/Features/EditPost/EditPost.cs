using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.EditPost;

/// <summary>
/// The author changes their post's text. The version it replaces is kept (its readers may look at the history), the
/// community's rules apply as to a new post (a blocked word is a 400; a hold word, or pre-approval, holds it again for a
/// moderator), and search reads it again. Only the text changes: pictures, poll and recognition stay as they were.
/// </summary>
internal sealed record EditPost(Guid PostId, string? Markdown) : ICommand<Result<PostDto>>, IValidatable
{
    public void Validate(Validator validator) => validator.Required("markdown", Markdown, FeedLimits.PostMaxLength);
}

internal sealed class EditPostAuthorizer(FeedPolicy policy) : IAuthorizer<EditPost>
{
    public async ValueTask<Error?> AuthorizeAsync(EditPost message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.AuthorOfPostAsync(user, message.PostId, cancellationToken, toEdit: true);
}

internal sealed class EditPostHandler(FeedsDbContext db, Timelines timelines, MarkdownRenderer renderer, FeedPolicy policy, PostViews views, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<EditPost, Result<PostDto>>
{
    public async ValueTask<Result<PostDto>> Handle(EditPost command, CancellationToken cancellationToken)
    {
        // Only a published post is edited: one a moderator hid or deleted meanwhile is not brought back as held.
        if (await db.Posts.SingleOrDefaultAsync(p => p.Id == command.PostId && p.Status == ContentStatus.Published, cancellationToken) is not { } post)
        {
            return FeedPolicy.PostNotFound;
        }

        if (post.Markdown == command.Markdown)
        {
            return await views.ToDtoAsync(PostViews.RowOf(post), user.PersonId, cancellationToken);
        }

        var rendered = renderer.Render(command.Markdown!);
        var held = await policy.HeldAsync(user, post.CommunityId, rendered.Text, isPost: true, "markdown", cancellationToken);
        if (held.Error is { } blocked)
        {
            return blocked;
        }

        var now = clock.GetUtcNow();
        db.PostRevisions.Add(new PostRevision { Id = Guid.CreateVersion7(), PostId = post.Id, Markdown = post.Markdown, Html = post.Html, WrittenAt = post.EditedAt ?? post.PublishedAt, ReplacedAt = now });
        post.Markdown = command.Markdown!;
        post.Html = Hashtags.Link(rendered.Html);
        // Filed again under the tags it now has, in the same save.
        var tags = Hashtags.InLinks(post.Html);
        var filed = await db.PostTags.Where(t => t.PostId == post.Id).ToListAsync(cancellationToken);
        db.PostTags.RemoveRange(filed.Where(t => !tags.Contains(t.Tag)));
        db.PostTags.AddRange(tags.Where(tag => !filed.Exists(t => t.Tag == tag)).Select(tag => new PostTag { PostId = post.Id, Tag = tag, CommunityId = post.CommunityId }));
        post.Text = rendered.Text;
        post.EditedAt = now;
        // The link may have changed: no preview vouches for the old one (a new one comes with the next publication).
        post.LinkPreview = null;
        post.LinkedPostId = null;
        if (held.Value)
        {
            // Held as a hidden post is: its comments leave search with it.
            post.Status = ContentStatus.Held;
            var comments = await db.Comments.Where(c => c.PostId == post.Id && c.Status == ContentStatus.Published).Select(c => c.Id).ToListAsync(cancellationToken);
            db.Publish(new ContentRemovedIntegrationEvent([post.Id], comments), clock);
        }
        else
        {
            db.Publish(new PostEditedIntegrationEvent(post.Id, post.CommunityId), clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        await timelines.PostsChangedAsync(post.CommunityId, cancellationToken);
        return await views.ToDtoAsync(PostViews.RowOf(post), user.PersonId, cancellationToken) with { Status = post.Status.ToString() };
    }
}
