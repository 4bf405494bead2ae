using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Announcements;

/// <summary>The one way an announcement reaches people: a recipient row each (with their location then), and the event that tells them.</summary>
internal static class AnnouncementDelivery
{
    /// <summary>How long an announcement keeps reaching people who enter its audiences; a must-read with a later deadline, until then.</summary>
    public static readonly TimeSpan Current = TimeSpan.FromDays(30);

    /// <summary>
    /// The one rule of what a recipient still has to do: acknowledge a must-read, open a plain announcement. The author's
    /// "pending" list and the reminder both ask it.
    /// </summary>
    public static IQueryable<AnnouncementRecipient> Pending(this IQueryable<AnnouncementRecipient> recipients, bool mustRead, bool pending = true) =>
        (mustRead, pending) switch
        {
            (true, true) => recipients.Where(r => r.AcknowledgedAt == null),
            (true, false) => recipients.Where(r => r.AcknowledgedAt != null),
            (false, true) => recipients.Where(r => r.ReadAt == null),
            _ => recipients.Where(r => r.ReadAt != null),
        };

    /// <summary>Adds the rows and the event to the context; the caller saves them together.</summary>
    public static async Task DeliverAsync(FeedsDbContext db, IPeopleDirectory people, Announcement announcement, IReadOnlyCollection<Guid> personIds, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return;
        }

        var summaries = await people.GetManyAsync(personIds, cancellationToken);
        var now = clock.GetUtcNow();
        db.AnnouncementRecipients.AddRange(personIds.Select(id => new AnnouncementRecipient
        {
            AnnouncementId = announcement.Id,
            PersonId = id,
            OrgUnitId = summaries.GetValueOrDefault(id)?.OrgUnitId,
            DeliveredAt = now,
        }));
        db.Publish(new AnnouncementDeliveredIntegrationEvent(announcement.Id, announcement.Title, announcement.MustRead, announcement.AcknowledgeBefore, [.. personIds], IsReminder: false), clock);
    }
}
