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

namespace DigitalWorkplace.Feeds.Features.AddComment;

/// <summary>Comments on a post; like posts, a retry with the same idempotency key returns the comment already created.</summary>
internal sealed record AddComment(Guid PostId, string? Markdown, string? IdempotencyKey)
    : ICommand<Result<Creation<CommentDto>>>, IAuthorizedRequest, IValidatable
{
    public void Validate(Validator validator) => validator
        .Required("markdown", Markdown, Comment.MarkdownMaxLength)
        .MaxLength("idempotencyKey", IdempotencyKey, IdempotencyKeys.MaxLength);
}

internal sealed class AddCommentAuthorizer(FeedPolicy policy) : IAuthorizer<AddComment>
{
    public async ValueTask<Error?> AuthorizeAsync(AddComment message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ContributeToPostAsync(user.PersonId, message.PostId, cancellationToken);
}

internal sealed class AddCommentHandler(FeedsDbContext db, MarkdownRenderer renderer, IPeopleDirectory people, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddComment, Result<Creation<CommentDto>>>
{
    public async ValueTask<Result<Creation<CommentDto>>> Handle(AddComment command, CancellationToken cancellationToken)
    {
        var key = string.IsNullOrWhiteSpace(command.IdempotencyKey) ? null : command.IdempotencyKey;
        var authors = await people.GetManyAsync([user.PersonId], cancellationToken);
        var author = PostViews.Author(user.PersonId, authors);
        if (key is not null && await FindAsync(key, author, cancellationToken) is { } replay)
        {
            return SameTarget(replay, command);
        }

        var post = await db.Posts.AsNoTracking().Where(p => p.Id == command.PostId).Select(p => new { p.AuthorId, p.CommunityId }).SingleOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return FeedPolicy.PostNotFound;
        }

        var rendered = renderer.Render(command.Markdown!);
        var comment = new Comment
        {
            Id = Guid.CreateVersion7(),
            PostId = command.PostId,
            AuthorId = user.PersonId,
            Markdown = command.Markdown!,
            Html = rendered.Html,
            Text = rendered.Text,
            CreatedAt = clock.GetUtcNow(),
            IdempotencyKey = key,
        };
        db.Comments.Add(comment);
        db.Publish(
            new CommentAddedIntegrationEvent(comment.Id, comment.PostId, post.AuthorId, post.CommunityId, user.PersonId, author.DisplayName, comment.Text, comment.Html, comment.CreatedAt),
            clock);

        // The comment, its event and the post's count commit together; the count is incremented in SQL so that
        // concurrent comments never lose an update.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (key is not null)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return SameTarget(await FindAsync(key, author, cancellationToken) ?? throw new InvalidOperationException("A comment failed to save."), command);
            }

            await db.Posts.Where(p => p.Id == command.PostId)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, p => p.CommentCount + 1), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return new Creation<CommentDto>(new CommentDto(comment.Id, comment.PostId, author, comment.Html, comment.CreatedAt), IsReplay: false);
    }

    private static Result<Creation<CommentDto>> SameTarget(Creation<CommentDto> replay, AddComment command) =>
        replay.Value.PostId == command.PostId ? replay : IdempotencyErrors.KeyReused;

    private async Task<Creation<CommentDto>?> FindAsync(string key, AuthorDto author, CancellationToken cancellationToken) =>
        await db.Comments.AsNoTracking()
            .Where(c => c.AuthorId == user.PersonId && c.IdempotencyKey == key)
            .Select(c => new { c.Id, c.PostId, c.Html, c.CreatedAt })
            .SingleOrDefaultAsync(cancellationToken) is { } existing
            ? new Creation<CommentDto>(new CommentDto(existing.Id, existing.PostId, author, existing.Html, existing.CreatedAt), IsReplay: true)
            : null;
}
