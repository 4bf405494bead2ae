using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Announcements;

/// <summary>
/// Who may do what with an announcement. Its recipients read it; its author and administrators read it and see its
/// reach. Anyone else gets 404 (<c>announcement.not_found</c>), so nobody learns what was announced to others.
/// Publishing is for communications and managers, to the audiences their roles cover.
/// </summary>
internal sealed class AnnouncementAccess(FeedsDbContext db, IAudiences audiences)
{
    public static readonly Error NotFound = Error.NotFound("announcement.not_found");

    public static readonly Error MayNotAnnounce = Error.Forbidden("announcement.forbidden", "Only communications and managers publish announcements, to the audiences their roles cover.");

    /// <summary>The audiences the person may address: empty for someone who may not announce at all.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> TargetableAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        await audiences.TargetableAsync(user, cancellationToken);

    public async Task<Error?> PublishAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        (await TargetableAsync(user, cancellationToken)).Count > 0 ? null : MayNotAnnounce;

    public async Task<Error?> ReadAsync(ICurrentUser user, Guid announcementId, CancellationToken cancellationToken) =>
        await SeeReachAsync(user, announcementId, cancellationToken) is null
        || await db.AnnouncementRecipients.AnyAsync(r => r.AnnouncementId == announcementId && r.PersonId == user.PersonId, cancellationToken)
            ? null
            : NotFound;

    public async Task<Error?> SeeReachAsync(ICurrentUser user, Guid announcementId, CancellationToken cancellationToken) =>
        await db.Announcements.AnyAsync(a => a.Id == announcementId && (user.IsAdministrator || a.AuthorId == user.PersonId), cancellationToken)
            ? null
            : NotFound;
}
