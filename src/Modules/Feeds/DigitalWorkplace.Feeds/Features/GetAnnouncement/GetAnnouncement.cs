using DigitalWorkplace.Feeds.Announcements;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetAnnouncement;

/// <summary>An announcement, for its recipients, its author and administrators.</summary>
internal sealed record GetAnnouncement(Guid AnnouncementId) : IQuery<Result<AnnouncementDto>>;

internal sealed class GetAnnouncementAuthorizer(AnnouncementAccess access) : IAuthorizer<GetAnnouncement>
{
    public async ValueTask<Error?> AuthorizeAsync(GetAnnouncement message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.ReadAsync(user, message.AnnouncementId, cancellationToken);
}

internal sealed class GetAnnouncementHandler(AnnouncementViews views) : IQueryHandler<GetAnnouncement, Result<AnnouncementDto>>
{
    public async ValueTask<Result<AnnouncementDto>> Handle(GetAnnouncement query, CancellationToken cancellationToken) =>
        await views.OneAsync(query.AnnouncementId, cancellationToken);
}
