using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Announcements;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListAnnouncementRecipients;

/// <summary>
/// The people an announcement reached, for its author: everyone, those still pending (not acknowledged, or for a plain
/// announcement not opened) or those done, optionally at one location; a page at a time in a stable order.
/// </summary>
internal sealed record ListAnnouncementRecipients(Guid AnnouncementId, RecipientFilter Filter, Guid? OrgUnitId, string? After)
    : IQuery<Result<Page<RecipientDto>>>, IValidatable
{
    public void Validate(Validator validator) => validator
        .That(Enum.IsDefined(Filter), "filter", FieldError.OneOf(Enum.GetNames<RecipientFilter>()))
        .That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor());
}

internal sealed class ListAnnouncementRecipientsAuthorizer(AnnouncementAccess access) : IAuthorizer<ListAnnouncementRecipients>
{
    public async ValueTask<Error?> AuthorizeAsync(ListAnnouncementRecipients message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.SeeReachAsync(user, message.AnnouncementId, cancellationToken);
}

internal sealed class ListAnnouncementRecipientsHandler(FeedsDbContext db, IPeopleDirectory people)
    : IQueryHandler<ListAnnouncementRecipients, Result<Page<RecipientDto>>>
{
    public const int PageSize = 50;

    public async ValueTask<Result<Page<RecipientDto>>> Handle(ListAnnouncementRecipients query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.After, out var after);
        var mustRead = await db.Announcements.Where(a => a.Id == query.AnnouncementId).Select(a => a.MustRead).SingleAsync(cancellationToken);
        var recipients = db.AnnouncementRecipients.AsNoTracking().Where(r => r.AnnouncementId == query.AnnouncementId);
        recipients = query.Filter switch
        {
            RecipientFilter.Pending => recipients.Pending(mustRead),
            RecipientFilter.Done => recipients.Pending(mustRead, pending: false),
            _ => recipients,
        };
        if (query.OrgUnitId is { } unit)
        {
            recipients = recipients.Where(r => r.OrgUnitId == unit);
        }

        if (after is { } last)
        {
            recipients = recipients.Where(r => r.PersonId.CompareTo(last) > 0);
        }

        var rows = await recipients.OrderBy(r => r.PersonId).Take(PageSize + 1).ToListAsync(cancellationToken);
        var page = rows.Take(PageSize).ToList();
        var summaries = await people.GetManyAsync(page.Select(r => r.PersonId).ToHashSet(), cancellationToken);
        return new Page<RecipientDto>(
            [.. page.Select(r => new RecipientDto(PostViews.Author(r.PersonId, summaries), summaries.GetValueOrDefault(r.PersonId)?.OrgUnitName, r.DeliveredAt, r.ReadAt, r.AcknowledgedAt))],
            rows.Count > PageSize ? Cursor.Encode(page[^1].PersonId) : null);
    }
}
