using DigitalWorkplace.BuildingBlocks.Mediation;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.BuildingBlocks.Security;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Identity.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.Feeds.Features.PublishPost;

/// <summary>
/// Publishes a post in a community the person is a member of. With an idempotency key, a retry of the
/// same creation (mobile networks retry) returns the post already created and writes nothing.
/// </summary>
internal sealed record PublishPost(Guid CommunityId, string? Markdown, string? IdempotencyKey)
    : ICommand<Result<Creation<PostDto>>>, IAuthorizedRequest, IValidatable
{
    public void Validate(Validator validator) => validator
        .Required("markdown", Markdown, Post.MarkdownMaxLength)
        .MaxLength("idempotencyKey", IdempotencyKey, IdempotencyKeys.MaxLength);
}

internal sealed class PublishPostAuthorizer(FeedPolicy policy) : IAuthorizer<PublishPost>
{
    public async ValueTask<Error?> AuthorizeAsync(PublishPost message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ContributeToCommunityAsync(user.PersonId, message.CommunityId, cancellationToken);
}

internal sealed class PublishPostHandler(
    FeedsDbContext db, MarkdownRenderer renderer, PostViews views, IPeopleDirectory people, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishPost, Result<Creation<PostDto>>>
{
    public async ValueTask<Result<Creation<PostDto>>> Handle(PublishPost command, CancellationToken cancellationToken)
    {
        var key = string.IsNullOrWhiteSpace(command.IdempotencyKey) ? null : command.IdempotencyKey;
        if (key is not null && await ReplayAsync(key, cancellationToken) is { } replay)
        {
            return SameTarget(replay, command);
        }

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
            IdempotencyKey = key,
        };
        var authors = await people.GetManyAsync([user.PersonId], cancellationToken);
        var author = PostViews.Author(user.PersonId, authors);
        db.Posts.Add(post);
        db.Publish(new PostPublishedIntegrationEvent(post.Id, post.CommunityId, post.AuthorId, author.DisplayName, post.Text, post.Html, post.PublishedAt), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (key is not null)
        {
            // The same key raced in from a parallel retry: the unique index kept one; answer with it.
            db.ChangeTracker.Clear();
            return SameTarget(await ReplayAsync(key, cancellationToken) ?? throw new InvalidOperationException("A post failed to save."), command);
        }

        var row = new PostRow(post.Id, post.CommunityId, post.AuthorId, post.Html, post.PublishedAt, 0);
        return new Creation<PostDto>(await views.ToDtoAsync(row, user.PersonId, cancellationToken), IsReplay: false);
    }

    private static Result<Creation<PostDto>> SameTarget(Creation<PostDto> replay, PublishPost command) =>
        replay.Value.CommunityId == command.CommunityId ? replay : IdempotencyErrors.KeyReused;

    private async Task<Creation<PostDto>?> ReplayAsync(string key, CancellationToken cancellationToken)
    {
        var existing = await PostViews.Rows(db.Posts.AsNoTracking().Where(p => p.AuthorId == user.PersonId && p.IdempotencyKey == key))
            .SingleOrDefaultAsync(cancellationToken);
        return existing is null ? null : new Creation<PostDto>(await views.ToDtoAsync(existing, user.PersonId, cancellationToken), IsReplay: true);
    }
}
