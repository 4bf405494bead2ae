using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Features.ReportContent;

/// <summary>
/// A reader flags a post or one of its comments for the community's moderators, with a reason. Reporting the same thing
/// twice returns the first report; what the reader may not read cannot be reported (404).
/// </summary>
internal sealed record ReportContent(Guid PostId, Guid? CommentId, string? Reason, string? Details) : ICommand<Result<ReportDto>>, IValidatable
{
    public void Validate(Validator validator) => validator
        .That(Reports.TryParseReason(Reason, out _), "reason", FieldError.OneOf(ReportReasons.All))
        .MaxLength("details", Details, Report.DetailsMaxLength);
}

internal sealed class ReportContentAuthorizer(FeedPolicy policy) : IAuthorizer<ReportContent>
{
    public async ValueTask<Error?> AuthorizeAsync(ReportContent message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ReadPostAsync(user.PersonId, message.PostId, cancellationToken);
}

internal sealed class ReportContentHandler(FeedsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<ReportContent, Result<ReportDto>>
{
    public async ValueTask<Result<ReportDto>> Handle(ReportContent command, CancellationToken cancellationToken)
    {
        _ = Reports.TryParseReason(command.Reason, out var reason); // validated before the handler runs
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == command.PostId).Select(p => new { p.CommunityId, p.AuthorId }).FirstAsync(cancellationToken);
        if (command.CommentId is { } commentId
            && !await db.Comments.AnyAsync(c => c.Id == commentId && c.PostId == command.PostId && c.Status == ContentStatus.Published, cancellationToken))
        {
            return Error.NotFound("comment.not_found");
        }

        var targetId = command.CommentId ?? command.PostId;
        if (await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.ReporterId == user.PersonId && r.TargetId == targetId, cancellationToken) is { } existing)
        {
            return Reports.ToDto(existing);
        }

        var report = new Report
        {
            Id = Guid.CreateVersion7(),
            CommunityId = post.CommunityId,
            PostId = command.PostId,
            CommentId = command.CommentId,
            TargetId = targetId,
            ReporterId = user.PersonId,
            Reason = reason,
            Details = string.IsNullOrWhiteSpace(command.Details) ? null : command.Details.Trim(),
            ReportedAt = clock.GetUtcNow(),
        };
        db.Reports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double tap: the other request wrote the report.
            db.ChangeTracker.Clear();
            return Reports.ToDto(await db.Reports.AsNoTracking().FirstAsync(r => r.ReporterId == user.PersonId && r.TargetId == targetId, cancellationToken));
        }

        return Reports.ToDto(report);
    }
}
