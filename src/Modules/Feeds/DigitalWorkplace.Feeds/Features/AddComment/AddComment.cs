using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.AddComment;

/// <summary>Comments on a post; like posts, a retry with the same idempotency key returns the comment already created.</summary>
internal sealed record AddComment(Guid PostId, string? Markdown, string? IdempotencyKey)
    : ICommand<Result<Creation<CommentDto>>>, IValidatable
{
    public void Validate(Validator validator) => validator
        .Required("markdown", Markdown, FeedLimits.CommentMaxLength)
        .MaxLength("idempotencyKey", IdempotencyKey, IdempotentRequest.KeyMaxLength);
}

internal sealed class AddCommentAuthorizer(FeedPolicy policy) : IAuthorizer<AddComment>
{
    public async ValueTask<Error?> AuthorizeAsync(AddComment message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ContributeToPostAsync(user.PersonId, message.PostId, cancellationToken);
}

internal sealed class AddCommentHandler(FeedsDbContext db, Timelines timelines, MarkdownRenderer renderer, FeedPolicy policy, IPeopleDirectory people, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AddComment, Result<Creation<CommentDto>>>
{
    public async ValueTask<Result<Creation<CommentDto>>> Handle(AddComment command, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == command.PostId).Select(p => new { p.AuthorId, p.CommunityId }).SingleOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return FeedPolicy.PostNotFound;
        }

        var rendered = renderer.Render(command.Markdown!);
        var held = await policy.HeldAsync(user, post.CommunityId, rendered.Text, isPost: false, "markdown", cancellationToken);
        if (held.Error is { } blocked)
        {
            return blocked;
        }

        var author = PostViews.Author(user.PersonId, await people.GetManyAsync([user.PersonId], cancellationToken));
        var request = IdempotentRequest.For(command.IdempotencyKey, command.PostId.ToString(), command.Markdown);
        return await request.CreateOnceAsync(
            db,
            (key, ct) => FindAsync(key, author, ct),
            ct => held.Value ? HoldAsync(command, rendered, request, author, ct) : AddAsync(command, rendered, request, author, post.AuthorId, post.CommunityId, ct),
            cancellationToken);
    }

    /// <summary>A held comment is only saved: no event, no count, until a moderator approves it.</summary>
    private async Task<CommentDto> HoldAsync(AddComment command, RenderedMarkdown rendered, IdempotentRequest request, AuthorDto author, CancellationToken cancellationToken)
    {
        var comment = NewComment(command, rendered, request);
        comment.Status = ContentStatus.Held;
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return new CommentDto(comment.Id, comment.PostId, author, comment.Html, comment.CreatedAt, comment.Status.ToString());
    }

    private Comment NewComment(AddComment command, RenderedMarkdown rendered, IdempotentRequest request) => new()
    {
        Id = Guid.CreateVersion7(),
        PostId = command.PostId,
        AuthorId = user.PersonId,
        Markdown = command.Markdown!,
        Html = rendered.Html,
        Text = rendered.Text,
        CreatedAt = clock.GetUtcNow(),
        IdempotencyKey = request.Key,
        IdempotencyFingerprint = request.StoredFingerprint,
    };

    private async Task<CommentDto> AddAsync(
        AddComment command, RenderedMarkdown rendered, IdempotentRequest request, AuthorDto author, Guid postAuthorId, Guid communityId, CancellationToken cancellationToken)
    {
        var comment = NewComment(command, rendered, request);
        db.Comments.Add(comment);
        db.Publish(
            new CommentAddedIntegrationEvent(comment.Id, comment.PostId, postAuthorId, communityId, user.PersonId, author.DisplayName, comment.Text, comment.Html, comment.CreatedAt),
            clock);

        // The comment, its event and the post's count commit together; the count is incremented in SQL so that
        // concurrent comments never lose an update. A failed save rolls the transaction back when it is disposed.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.Posts.Where(p => p.Id == command.PostId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, p => p.CommentCount + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // The post's comment count is part of its community's cached timeline.
        await timelines.PostsChangedAsync(communityId, cancellationToken);
        return new CommentDto(comment.Id, comment.PostId, author, comment.Html, comment.CreatedAt);
    }

    private async Task<Keyed<CommentDto>?> FindAsync(string key, AuthorDto author, CancellationToken cancellationToken) =>
        await db.Comments.AsNoTracking()
            .Where(c => c.AuthorId == user.PersonId && c.IdempotencyKey == key)
            .Select(c => new { c.Id, c.PostId, c.Html, c.CreatedAt, c.IdempotencyFingerprint })
            .SingleOrDefaultAsync(cancellationToken) is { } existing
            ? new Keyed<CommentDto>(new CommentDto(existing.Id, existing.PostId, author, existing.Html, existing.CreatedAt), existing.IdempotencyFingerprint)
            : null;
}
