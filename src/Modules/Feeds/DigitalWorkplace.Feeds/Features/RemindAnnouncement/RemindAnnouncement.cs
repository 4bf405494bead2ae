using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Feeds.Announcements;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;

namespace DigitalWorkplace.Feeds.Features.RemindAnnouncement;

/// <summary>
/// The author reminds, in one action, everyone who has not acknowledged a must-read (or not opened a plain
/// announcement). At most once an hour, so that nobody is pestered by a double tap; the reminder time is taken under
/// the row's concurrency check, so two authors' taps at once send one reminder.
/// </summary>
internal sealed record RemindAnnouncement(Guid AnnouncementId) : ICommand<Result<ReminderSentDto>>;

internal sealed class RemindAnnouncementAuthorizer(AnnouncementAccess access) : IAuthorizer<RemindAnnouncement>
{
    public async ValueTask<Error?> AuthorizeAsync(RemindAnnouncement message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.SeeReachAsync(user, message.AnnouncementId, cancellationToken);
}

internal sealed class RemindAnnouncementHandler(FeedsDbContext db, TimeProvider clock) : ICommandHandler<RemindAnnouncement, Result<ReminderSentDto>>
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public static Error TooSoon(DateTimeOffset next) =>
        Error.Conflict("announcement.reminded_recently", $"A reminder went out less than an hour ago; the next one may go at {next:u}.");

    public async ValueTask<Result<ReminderSentDto>> Handle(RemindAnnouncement command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var announcement = await db.Announcements.AsNoTracking().SingleAsync(a => a.Id == command.AnnouncementId, cancellationToken);
        if (announcement.RemindedAt is { } last && last + Interval > now)
        {
            return TooSoon(last + Interval);
        }

        // Claim the reminder in one statement (only one of two simultaneous taps updates the row), in the transaction
        // that also keeps the event: a reminder is claimed and sent, or neither.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var previous = announcement.RemindedAt;
        var claimed = await db.Announcements
            .Where(a => a.Id == command.AnnouncementId && a.RemindedAt == previous)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.RemindedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return TooSoon(now + Interval);
        }

        var pending = db.AnnouncementRecipients.Where(r => r.AnnouncementId == command.AnnouncementId);
        pending = pending.Pending(announcement.MustRead);
        var people = await pending.Select(r => r.PersonId).ToListAsync(cancellationToken);
        if (people.Count > 0)
        {
            db.Publish(new AnnouncementDeliveredIntegrationEvent(announcement.Id, announcement.Title, announcement.MustRead, announcement.AcknowledgeBefore, people, IsReminder: true), clock);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ReminderSentDto(people.Count, now);
    }
}
