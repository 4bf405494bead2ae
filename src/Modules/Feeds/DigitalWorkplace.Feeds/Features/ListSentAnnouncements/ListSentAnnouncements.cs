using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Announcements;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;

namespace DigitalWorkplace.Feeds.Features.ListSentAnnouncements;

/// <summary>The announcements I published, newest first (an empty list for someone who never announced).</summary>
internal sealed record ListSentAnnouncements(string? After) : IQuery<Result<Page<AnnouncementDto>>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator.That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor());
}

internal sealed class ListSentAnnouncementsHandler(FeedsDbContext db, AnnouncementViews views, ICurrentUser user) : IQueryHandler<ListSentAnnouncements, Result<Page<AnnouncementDto>>>
{
    public async ValueTask<Result<Page<AnnouncementDto>>> Handle(ListSentAnnouncements query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.After, out var after);
        var size = Cursor.DefaultPageSize;
        var sent = db.Announcements.AsNoTracking().Where(a => a.AuthorId == user.PersonId);
        if (after is { } cursor)
        {
            sent = sent.Where(a => a.Id < cursor);
        }

        var rows = await sent.OrderByDescending(a => a.Id).Take(size + 1).ToListAsync(cancellationToken);
        var page = rows.Take(size).Select(a => (a, (Domain.AnnouncementRecipient?)null)).ToList();
        return new Page<AnnouncementDto>(await views.ToDtosAsync(page, cancellationToken), rows.Count > size ? Cursor.Encode(rows[size - 1].Id) : null);
    }
}
