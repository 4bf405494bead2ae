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
/// same creation (mobile networks retry) returns the post already created and writes nothing.
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
    FeedsDbContext db, Timelines timelines, MarkdownRenderer renderer, PostViews views, IPeopleDirectory people, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishPost, Result<Creation<PostDto>>>
{
    public async ValueTask<Result<Creation<PostDto>>> Handle(PublishPost command, CancellationToken cancellationToken)
    {
        var request = IdempotentRequest.For(command.IdempotencyKey, command.CommunityId.ToString(), command.Markdown);
        return await request.CreateOnceAsync(db, FindAsync, ct => PublishAsync(command, request, ct), cancellationToken);
    }

    private async Task<PostDto> PublishAsync(PublishPost command, IdempotentRequest request, CancellationToken cancellationToken)
    {
        var rendered = renderer.Render(command.Markdown!);
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
        };
        var author = PostViews.Author(user.PersonId, await people.GetManyAsync([user.PersonId], cancellationToken));
        db.Posts.Add(post);
        db.Publish(new PostPublishedIntegrationEvent(post.Id, post.CommunityId, post.AuthorId, author.DisplayName, post.Text, post.Html, post.PublishedAt), clock);
        await db.SaveChangesAsync(cancellationToken);
        await timelines.PostsChangedAsync(post.CommunityId, cancellationToken);
        return await views.ToDtoAsync(new PostRow(post.Id, post.CommunityId, post.AuthorId, post.Html, post.PublishedAt, 0), user.PersonId, cancellationToken);
    }

    private async Task<Keyed<PostDto>?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var existing = await db.Posts.AsNoTracking()
            .Where(p => p.AuthorId == user.PersonId && p.IdempotencyKey == key)
            .Select(p => new { Row = new PostRow(p.Id, p.CommunityId, p.AuthorId, p.Html, p.PublishedAt, p.CommentCount), p.IdempotencyFingerprint })
            .SingleOrDefaultAsync(cancellationToken);
        return existing is null ? null : new Keyed<PostDto>(await views.ToDtoAsync(existing.Row, user.PersonId, cancellationToken), existing.IdempotencyFingerprint);
    }
}
