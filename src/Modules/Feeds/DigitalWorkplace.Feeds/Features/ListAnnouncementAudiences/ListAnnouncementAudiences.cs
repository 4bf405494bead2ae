using DigitalWorkplace.Feeds.Announcements;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListAnnouncementAudiences;

/// <summary>The audiences I may address with an announcement, by name; empty for someone who may not announce (the UI hides the composer).</summary>
internal sealed record ListAnnouncementAudiences : IQuery<Result<IReadOnlyList<AudienceOptionDto>>>, IAnyActivePersonRequest;

internal sealed class ListAnnouncementAudiencesHandler(AnnouncementAccess access, ICurrentUser user) : IQueryHandler<ListAnnouncementAudiences, Result<IReadOnlyList<AudienceOptionDto>>>
{
    public async ValueTask<Result<IReadOnlyList<AudienceOptionDto>>> Handle(ListAnnouncementAudiences query, CancellationToken cancellationToken) =>
        (await access.TargetableAsync(user, cancellationToken)).Select(a => new AudienceOptionDto(a.Id, a.Name)).ToList();
}
