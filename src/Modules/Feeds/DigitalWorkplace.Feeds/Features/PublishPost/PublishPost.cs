using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.PublishPost;

/// <summary>
/// Publishes a post in a community the person is a member of. With an idempotency key, a retry of the
/// same creation (mobile networks retry) returns the post already created and writes nothing. The community's rules
/// apply first: a blocked word is a 400; a hold word, or pre-approval, keeps the post <c>Held</c> for a moderator —
/// saved, but read by nobody and published by no event until approved.
/// </summary>
internal sealed record PublishPost(Guid CommunityId, string? Markdown, string? IdempotencyKey)
    : ICommand<Result<Creation<PostDto>>>, IValidatable
{
    public void Validate(Validator validator) => validator
        .Required("markdown", Markdown, FeedLimits.PostMaxLength)
        .MaxLength("idempotencyKey", IdempotencyKey, IdempotentRequest.KeyMaxLength);
}

internal sealed class PublishPostAuthorizer(FeedPolicy policy) : IAuthorizer<PublishPost>
{
    public async ValueTask<Error?> AuthorizeAsync(PublishPost message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ContributeToCommunityAsync(user.PersonId, message.CommunityId, cancellationToken);
}

internal sealed class PublishPostHandler(
    FeedsDbContext db, Timelines timelines, MarkdownRenderer renderer, PostViews views, FeedPolicy policy, IPeopleDirectory people, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishPost, Result<Creation<PostDto>>>
{
    public async ValueTask<Result<Creation<PostDto>>> Handle(PublishPost command, CancellationToken cancellationToken)
    {
        var rendered = renderer.Render(command.Markdown!);
        var held = await policy.HeldAsync(user, command.CommunityId, rendered.Text, isPost: true, "markdown", cancellationToken);
        if (held.Error is { } blocked)
        {
            return blocked;
        }

        var request = IdempotentRequest.For(command.IdempotencyKey, command.CommunityId.ToString(), command.Markdown);
        return await request.CreateOnceAsync(db, FindAsync, ct => PublishAsync(command, rendered, held.Value, request, ct), cancellationToken);
    }

    private async Task<PostDto> PublishAsync(PublishPost command, RenderedMarkdown rendered, bool held, IdempotentRequest request, CancellationToken cancellationToken)
    {
        var post = new Post
        {
            Id = Guid.CreateVersion7(),
            CommunityId = command.CommunityId,
            AuthorId = user.PersonId,
            Markdown = command.Markdown!,
            Html = rendered.Html,
            Text = rendered.Text,
            PublishedAt = clock.GetUtcNow(),
            IdempotencyKey = request.Key,
            IdempotencyFingerprint = request.StoredFingerprint,
            Status = held ? ContentStatus.Held : ContentStatus.Published,
        };
        db.Posts.Add(post);
        if (!held)
        {
            db.Publish(await PublishedEventAsync(post, people, cancellationToken), clock);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!held)
        {
            await timelines.PostsChangedAsync(post.CommunityId, cancellationToken);
        }

        return await views.ToDtoAsync(new PostRow(post.Id, post.CommunityId, post.AuthorId, post.Html, post.PublishedAt, 0), user.PersonId, cancellationToken) with { Status = post.Status.ToString() };
    }

    /// <summary>The event of a post going public: when written, or when a moderator approves it.</summary>
    public static async Task<PostPublishedIntegrationEvent> PublishedEventAsync(Post post, IPeopleDirectory people, CancellationToken cancellationToken)
    {
        var author = PostViews.Author(post.AuthorId, await people.GetManyAsync([post.AuthorId], cancellationToken));
        return new PostPublishedIntegrationEvent(post.Id, post.CommunityId, post.AuthorId, author.DisplayName, post.Text, post.Html, post.PublishedAt);
    }

    private async Task<Keyed<PostDto>?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var existing = await db.Posts.AsNoTracking()
            .Where(p => p.AuthorId == user.PersonId && p.IdempotencyKey == key)
            .Select(p => new { Row = new PostRow(p.Id, p.CommunityId, p.AuthorId, p.Html, p.PublishedAt, p.CommentCount), p.IdempotencyFingerprint, p.Status })
            .SingleOrDefaultAsync(cancellationToken);
        return existing is null ? null
            : new Keyed<PostDto>(await views.ToDtoAsync(existing.Row, user.PersonId, cancellationToken) with { Status = existing.Status.ToString() }, existing.IdempotencyFingerprint);
    }
}
