using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.AddComment;

/// <summary>Comments on a post; like posts, a retry with the same idempotency key returns the comment already created.</summary>
internal sealed record AddComment(Guid PostId, string? Markdown, string? IdempotencyKey, IReadOnlyList<Guid>? AttachmentIds = null, Guid? ReplyTo = null)
    : ICommand<Result<Creation<CommentDto>>>, IValidatable
{
    public void Validate(Validator validator) => validator
        .Required("markdown", Markdown, FeedLimits.CommentMaxLength)
        .MaxLength("idempotencyKey", IdempotencyKey, IdempotentRequest.KeyMaxLength)
        .That((AttachmentIds?.Count ?? 0) <= AttachmentLimits.MaxPerItem, "attachmentIds", FieldError.OutOfRange(0, AttachmentLimits.MaxPerItem));
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

        // One level of replies: answering a reply answers its top-level comment.
        Parent? parent = null;
        if (command.ReplyTo is { } replyTo)
        {
            parent = await db.Comments.AsNoTracking().Where(c => c.Id == replyTo && c.PostId == command.PostId && c.Status == ContentStatus.Published)
                .Select(c => new Parent(c.ParentId ?? c.Id, c.AuthorId)).SingleOrDefaultAsync(cancellationToken);
            if (parent is null)
            {
                return Error.Validation("replyTo", FieldError.Rule("unknown_comment", "names no comment of this post."));
            }
        }

        var author = PostViews.Author(user.PersonId, await people.GetManyAsync([user.PersonId], cancellationToken));
        var request = IdempotentRequest.For(
            command.IdempotencyKey, command.PostId.ToString(), command.Markdown, (command.AttachmentIds?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture), parent?.Id.ToString());
        return await request.CreateOnceAsync(
            db,
            (key, ct) => FindAsync(key, author, ct),
            async ct =>
            {
                if (await Attachments.AttachmentClaims.FreeUploadsAsync(db, user.PersonId, command.AttachmentIds, ct) is not { } attachments)
                {
                    return Attachments.AttachmentClaims.Unknown;
                }

                return Result<CommentDto>.Success(held.Value
                    ? await HoldAsync(command, rendered, request, author, attachments, parent, ct)
                    : await AddAsync(command, rendered, request, author, attachments, parent, post.AuthorId, post.CommunityId, ct));
            },
            cancellationToken);
    }

    /// <summary>A held comment is only saved: no event, no count, until a moderator approves it.</summary>
    private sealed record Parent(Guid Id, Guid AuthorId);

    private async Task<CommentDto> HoldAsync(
        AddComment command, RenderedMarkdown rendered, IdempotentRequest request, AuthorDto author, List<Attachment> attachments, Parent? parent, CancellationToken cancellationToken)
    {
        var comment = NewComment(command, rendered, request, attachments, parent);
        comment.Status = ContentStatus.Held;
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(comment, author);
    }

    private static CommentDto ToDto(Comment comment, AuthorDto author) =>
        new(comment.Id, comment.PostId, author, comment.Html, comment.CreatedAt, comment.Status.ToString(), [.. comment.Attachments.Select(Attachments.AttachmentFiles.ToDto)], comment.ParentId);

    private Comment NewComment(AddComment command, RenderedMarkdown rendered, IdempotentRequest request, List<Attachment> attachments, Parent? parent)
    {
        var comment = NewComment(command, rendered, request, parent?.Id);
        comment.Attachments = [.. attachments.Select(a => a.ToRef())];
        attachments.ForEach(a =>
        {
            a.PostId = command.PostId;
            a.CommentId = comment.Id;
        });
        return comment;
    }

    private Comment NewComment(AddComment command, RenderedMarkdown rendered, IdempotentRequest request, Guid? parentId) => new()
    {
        Id = Guid.CreateVersion7(),
        PostId = command.PostId,
        ParentId = parentId,
        AuthorId = user.PersonId,
        Markdown = command.Markdown!,
        Html = rendered.Html,
        Text = rendered.Text,
        CreatedAt = clock.GetUtcNow(),
        IdempotencyKey = request.Key,
        IdempotencyFingerprint = request.StoredFingerprint,
    };

    private async Task<CommentDto> AddAsync(
        AddComment command, RenderedMarkdown rendered, IdempotentRequest request, AuthorDto author, List<Attachment> attachments, Parent? parent, Guid postAuthorId, Guid communityId,
        CancellationToken cancellationToken)
    {
        var comment = NewComment(command, rendered, request, attachments, parent);
        db.Comments.Add(comment);
        db.Publish(
            new CommentAddedIntegrationEvent(
                comment.Id, comment.PostId, postAuthorId, communityId, user.PersonId, author.DisplayName, comment.Text, comment.Html, comment.CreatedAt, Mentions.In(comment.Html, user.PersonId),
                parent?.AuthorId),
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
        return ToDto(comment, author);
    }

    private async Task<Keyed<CommentDto>?> FindAsync(string key, AuthorDto author, CancellationToken cancellationToken) =>
        await db.Comments.AsNoTracking()
            .Where(c => c.AuthorId == user.PersonId && c.IdempotencyKey == key)
            .SingleOrDefaultAsync(cancellationToken) is { } existing
            ? new Keyed<CommentDto>(ToDto(existing, author), existing.IdempotencyFingerprint)
            : null;
}
