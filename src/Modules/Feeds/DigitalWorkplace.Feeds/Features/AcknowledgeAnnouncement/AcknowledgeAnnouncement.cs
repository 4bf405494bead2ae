using DigitalWorkplace.Feeds.Announcements;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;

namespace DigitalWorkplace.Feeds.Features.AcknowledgeAnnouncement;

/// <summary>
/// A recipient confirms they read a must-read: it leaves their task list. Acknowledging also counts as opening it; a
/// second acknowledgement keeps the first time. After the deadline it is still accepted, and shows as late to the author.
/// </summary>
internal sealed record AcknowledgeAnnouncement(Guid AnnouncementId) : ICommand<Result<AnnouncementDto>>;

internal sealed class AcknowledgeAnnouncementAuthorizer(AnnouncementAccess access) : IAuthorizer<AcknowledgeAnnouncement>
{
    public async ValueTask<Error?> AuthorizeAsync(AcknowledgeAnnouncement message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.ReadAsync(user, message.AnnouncementId, cancellationToken);
}

internal sealed class AcknowledgeAnnouncementHandler(FeedsDbContext db, AnnouncementViews views, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AcknowledgeAnnouncement, Result<AnnouncementDto>>
{
    public static readonly Error NotAddressed = Error.Conflict("announcement.not_addressed", "This announcement was not addressed to you: there is nothing to acknowledge.");

    public static readonly Error NotMustRead = Error.Conflict("announcement.not_must_read", "This announcement does not ask to be acknowledged.");

    public async ValueTask<Result<AnnouncementDto>> Handle(AcknowledgeAnnouncement command, CancellationToken cancellationToken)
    {
        if (!await db.Announcements.AnyAsync(a => a.Id == command.AnnouncementId && a.MustRead, cancellationToken))
        {
            return NotMustRead;
        }

        var now = clock.GetUtcNow();
        var mine = db.AnnouncementRecipients.Where(r => r.AnnouncementId == command.AnnouncementId && r.PersonId == user.PersonId);
        if (!await mine.AnyAsync(cancellationToken))
        {
            return NotAddressed;
        }

        // One statement: acknowledged and (if it was not) opened together, and a second tap changes nothing.
        await mine.Where(r => r.AcknowledgedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.AcknowledgedAt, now).SetProperty(r => r.ReadAt, r => r.ReadAt ?? now), cancellationToken);
        return await views.OneAsync(command.AnnouncementId, cancellationToken);
    }
}
