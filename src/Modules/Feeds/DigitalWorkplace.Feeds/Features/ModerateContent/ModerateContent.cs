using DigitalWorkplace.BuildingBlocks.Auditing;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.ModerateContent;

/// <summary>
/// A moderator hides, restores (approves, for held content) or deletes a post or a comment, in one save with its
/// consequences: the open reports on it are closed with the outcome (their reporters are told, the author too when it
/// was hidden, deleted or approved), search forgets or finds it, an approved post or comment is published (search, live,
/// notifications hear of it only now), and it is audited. Hiding what is hidden, or restoring what is published, only
/// closes the reports.
/// </summary>
internal sealed record ModerateContent(Guid PostId, Guid? CommentId, ModerationDecision Decision) : ICommand<Result<Done>>;

internal sealed class ModerateContentAuthorizer(FeedsDbContext db, FeedPolicy policy) : IAuthorizer<ModerateContent>
{
    /// <summary>
    /// Only the post's own community's moderators; anyone else learns nothing about a post they cannot read — a hidden or
    /// held one included (404, as for an id that does not exist).
    /// </summary>
    public async ValueTask<Error?> AuthorizeAsync(ModerateContent message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == message.PostId).Select(p => new { p.CommunityId, p.Status }).FirstOrDefaultAsync(cancellationToken);
        if (post is null || await policy.ModerateCommunityAsync(user, post.CommunityId, cancellationToken) is not { } refused)
        {
            return post is null ? FeedPolicy.PostNotFound : null;
        }

        return refused.Kind == ErrorKind.NotFound || post.Status != ContentStatus.Published ? FeedPolicy.PostNotFound : refused;
    }
}

internal sealed class ModerateContentHandler(FeedsDbContext db, Timelines timelines, IPeopleDirectory people, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<ModerateContent, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(ModerateContent command, CancellationToken cancellationToken)
    {
        // Gone meanwhile (a moderator's double click on Delete): nothing left to decide.
        if (await db.Posts.FirstOrDefaultAsync(p => p.Id == command.PostId, cancellationToken) is not { } post)
        {
            return FeedPolicy.PostNotFound;
        }

        var comment = command.CommentId is { } commentId ? await db.Comments.FirstOrDefaultAsync(c => c.Id == commentId && c.PostId == post.Id, cancellationToken) : null;
        if (command.CommentId is not null && comment is null)
        {
            return Error.NotFound("comment.not_found");
        }

        var authorId = comment?.AuthorId ?? post.AuthorId;
        var text = comment?.Text ?? post.Text;
        var wasHeld = (comment?.Status ?? post.Status) == ContentStatus.Held;
        var change = comment is null ? await ApplyToPostAsync(post, command.Decision, cancellationToken) : await ApplyToCommentAsync(post, comment, command.Decision, cancellationToken);
        var outcome = command.Decision switch
        {
            ModerationDecision.Hide => ReportOutcome.Hidden,
            ModerationDecision.Delete => ReportOutcome.Deleted,
            _ when wasHeld => ReportOutcome.Approved,
            _ => ReportOutcome.Kept,
        };

        // Deleting a post closes the reports on its comments too, deleting a comment those on its replies: they are gone with it.
        var targets = comment is not null && command.Decision == ModerationDecision.Delete
            ? await db.Comments.Where(c => c.ParentId == comment.Id).Select(c => c.Id).ToListAsync(cancellationToken)
            : [];
        targets.Add(comment?.Id ?? post.Id);
        var reports = await db.Reports
            .Where(r => r.DecidedAt == null && (targets.Contains(r.TargetId) || (comment == null && command.Decision == ModerationDecision.Delete && r.PostId == post.Id)))
            .ToListAsync(cancellationToken);
        foreach (var report in reports)
        {
            report.Outcome = outcome;
            report.DecidedAt = clock.GetUtcNow();
            report.DecidedBy = user.PersonId;
        }

        if (reports.Count > 0 || (change.Changed && outcome != ReportOutcome.Kept))
        {
            db.Publish(new ContentModeratedIntegrationEvent(
                post.CommunityId, post.Id, comment?.Id, authorId, outcome.ToString(), [.. reports.Select(r => r.ReporterId).Distinct()]), clock);
        }

        audit.Record(db, "moderation." + outcome.ToString().ToLowerInvariant(),
            new AuditSubject(comment is null ? "post" : "comment", (comment?.Id ?? post.Id).ToString(), text[..Math.Min(text.Length, 80)]),
            after: AuditTrail.Fields(("communityId", post.CommunityId), ("authorId", authorId), ("reports", reports.Count)));

        // The post's comment count moves in SQL, in the same transaction, so that comments written meanwhile are not lost.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted by another moderator between our read and our save.
            return FeedPolicy.PostNotFound;
        }

        if (change.CommentCountDelta != 0)
        {
            await db.Posts.Where(p => p.Id == post.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, p => p.CommentCount + change.CommentCountDelta), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        await timelines.PostsChangedAsync(post.CommunityId, cancellationToken);
        return Done.Value;
    }

    private sealed record Change(bool Changed, int CommentCountDelta = 0);

    private async Task<Change> ApplyToPostAsync(Post post, ModerationDecision decision, CancellationToken cancellationToken)
    {
        // A hidden post's comments go out of search with it, and come back with it.
        var commentIds = await db.Comments.Where(c => c.PostId == post.Id && c.Status == ContentStatus.Published).Select(c => c.Id).ToListAsync(cancellationToken);
        switch (decision)
        {
            case ModerationDecision.Delete:
                db.Posts.Remove(post);
                db.Publish(new ContentRemovedIntegrationEvent([post.Id], commentIds), clock);
                return new(true);
            case ModerationDecision.Hide when post.Status == ContentStatus.Published:
                post.Status = ContentStatus.Hidden;
                db.Publish(new ContentRemovedIntegrationEvent([post.Id], commentIds), clock);
                return new(true);
            case ModerationDecision.Restore when post.Status == ContentStatus.Hidden:
                post.Status = ContentStatus.Published;
                db.Publish(new ContentRestoredIntegrationEvent([post.Id], commentIds), clock);
                return new(true);
            case ModerationDecision.Restore when post.Status == ContentStatus.Held && post.EditedAt is not null:
                // An edit held for approval: the post was public before, so it comes back (with its comments) rather than
                // being announced as new — no second round of notifications.
                post.Status = ContentStatus.Published;
                var heldComments = await db.Comments.Where(c => c.PostId == post.Id && c.Status == ContentStatus.Published).Select(c => c.Id).ToListAsync(cancellationToken);
                db.Publish(new ContentRestoredIntegrationEvent([post.Id], heldComments), clock);
                return new(true);
            case ModerationDecision.Restore when post.Status == ContentStatus.Held:
                // Approved: published now, as if just written — search, live screens and notifications hear of it.
                post.Status = ContentStatus.Published;
                db.Publish(await PublishPost.PublishPostHandler.PublishedEventAsync(post, people, cancellationToken), clock);
                return new(true);
            default:
                return new(false);
        }
    }

    private async Task<Change> ApplyToCommentAsync(Post post, Comment comment, ModerationDecision decision, CancellationToken cancellationToken)
    {
        var was = comment.Status;
        switch (decision)
        {
            case ModerationDecision.Delete:
                // Its replies go with it (one level, cascading): the post's count and search lose them too.
                var replies = await db.Comments.Where(c => c.ParentId == comment.Id).Select(c => new { c.Id, c.Status }).ToListAsync(cancellationToken);
                db.Comments.Remove(comment);
                db.Publish(new ContentRemovedIntegrationEvent([], [comment.Id, .. replies.Select(r => r.Id)]), clock);
                return new(true, (was == ContentStatus.Published ? -1 : 0) - replies.Count(r => r.Status == ContentStatus.Published));
            case ModerationDecision.Hide when was == ContentStatus.Published:
                comment.Status = ContentStatus.Hidden;
                break;
            case ModerationDecision.Restore when was == ContentStatus.Hidden:
                comment.Status = ContentStatus.Published;
                db.Publish(new ContentRestoredIntegrationEvent([], [comment.Id]), clock);
                return new(true, +1);
            case ModerationDecision.Restore when was == ContentStatus.Held:
                comment.Status = ContentStatus.Published;
                // Under a hidden (or still held) post it is published quietly: it comes back, and is found, with its post.
                if (post.Status == ContentStatus.Published)
                {
                    var author = PostViews.Author(comment.AuthorId, await people.GetManyAsync([comment.AuthorId], cancellationToken));
                    db.Publish(new CommentAddedIntegrationEvent(
                        comment.Id, post.Id, post.AuthorId, post.CommunityId, comment.AuthorId, author.DisplayName, comment.Text, comment.Html, comment.CreatedAt,
                        Mentions.In(comment.Html, comment.AuthorId), await ParentAuthorAsync(comment, cancellationToken)), clock);
                }

                return new(true, +1);
            default:
                return new(false);
        }

        // Hidden: the count shown on the post drops (if it counted it), and search forgets the comment.
        db.Publish(new ContentRemovedIntegrationEvent([], [comment.Id]), clock);
        return new(true, was == ContentStatus.Published ? -1 : 0);
    }

    private async Task<Guid?> ParentAuthorAsync(Comment comment, CancellationToken cancellationToken) =>
        comment.ParentId is { } parentId ? await db.Comments.Where(c => c.Id == parentId).Select(c => (Guid?)c.AuthorId).SingleOrDefaultAsync(cancellationToken) : null;
}
