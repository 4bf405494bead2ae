using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Announcements;

/// <summary>Turns announcements into what their reader sees, authors looked up once for the whole list.</summary>
internal sealed class AnnouncementViews(FeedsDbContext db, IPeopleDirectory people, ICurrentUser user)
{
    public const int AwaitingMax = 50;

    public async Task<AnnouncementDto> OneAsync(Guid announcementId, CancellationToken cancellationToken)
    {
        var announcement = await db.Announcements.AsNoTracking().SingleAsync(a => a.Id == announcementId, cancellationToken);
        var mine = await db.AnnouncementRecipients.AsNoTracking()
            .SingleOrDefaultAsync(r => r.AnnouncementId == announcementId && r.PersonId == user.PersonId, cancellationToken);
        return (await ToDtosAsync([(announcement, mine)], cancellationToken))[0];
    }

    /// <summary>The reader's announcements, newest first, or (awaiting only) the must-reads not yet acknowledged, soonest due first.</summary>
    public async Task<Page<AnnouncementDto>> MineAsync(bool awaitingOnly, Guid? after, int pageSize, CancellationToken cancellationToken)
    {
        var mine = db.AnnouncementRecipients.AsNoTracking().Where(r => r.PersonId == user.PersonId)
            .Join(db.Announcements.AsNoTracking(), r => r.AnnouncementId, a => a.Id, (r, a) => new { Recipient = r, Announcement = a });
        if (awaitingOnly)
        {
            // A task list: the one due first on top, no deadline last, fifty at most.
            var awaiting = await mine.Where(m => m.Announcement.MustRead && m.Recipient.AcknowledgedAt == null)
                .OrderBy(m => m.Announcement.AcknowledgeBefore == null).ThenBy(m => m.Announcement.AcknowledgeBefore).ThenByDescending(m => m.Announcement.Id)
                .Take(AwaitingMax)
                .ToListAsync(cancellationToken);
            var ordered = awaiting.Select(m => (m.Announcement, (AnnouncementRecipient?)m.Recipient)).ToList();
            return new Page<AnnouncementDto>(await ToDtosAsync(ordered, cancellationToken), null);
        }

        if (after is { } cursor)
        {
            mine = mine.Where(m => m.Announcement.Id < cursor);
        }

        var rows = await mine.OrderByDescending(m => m.Announcement.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var page = rows.Take(pageSize).Select(m => (m.Announcement, (AnnouncementRecipient?)m.Recipient)).ToList();
        return new Page<AnnouncementDto>(await ToDtosAsync(page, cancellationToken), rows.Count > pageSize ? Cursor.Encode(page[^1].Announcement.Id) : null);
    }

    public async Task<IReadOnlyList<AnnouncementDto>> ToDtosAsync(IReadOnlyList<(Announcement Announcement, AnnouncementRecipient? Recipient)> rows, CancellationToken cancellationToken)
    {
        var authors = await people.GetManyAsync(rows.Select(r => r.Announcement.AuthorId).ToHashSet(), cancellationToken);
        return [.. rows.Select(row => new AnnouncementDto(
            row.Announcement.Id,
            PostViews.Author(row.Announcement.AuthorId, authors),
            row.Announcement.Title,
            row.Announcement.Html,
            row.Announcement.MustRead,
            row.Announcement.AcknowledgeBefore,
            row.Announcement.PublishedAt,
            row.Recipient is not null,
            row.Recipient?.ReadAt,
            row.Recipient?.AcknowledgedAt,
            user.IsAdministrator || row.Announcement.AuthorId == user.PersonId))];
    }
}
