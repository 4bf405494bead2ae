using DigitalWorkplace.Feeds.Announcements;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.GetAnnouncementReach;

/// <summary>
/// How far an announcement went, for its author and administrators: recipients, opened and acknowledged, in total and
/// by the location people were at when it reached them (largest first). Counted in the database, one group per location.
/// </summary>
internal sealed record GetAnnouncementReach(Guid AnnouncementId) : IQuery<Result<AnnouncementReachDto>>;

internal sealed class GetAnnouncementReachAuthorizer(AnnouncementAccess access) : IAuthorizer<GetAnnouncementReach>
{
    public async ValueTask<Error?> AuthorizeAsync(GetAnnouncementReach message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.SeeReachAsync(user, message.AnnouncementId, cancellationToken);
}

internal sealed class GetAnnouncementReachHandler(FeedsDbContext db, AnnouncementViews views, IOrganizationService organization)
    : IQueryHandler<GetAnnouncementReach, Result<AnnouncementReachDto>>
{
    public async ValueTask<Result<AnnouncementReachDto>> Handle(GetAnnouncementReach query, CancellationToken cancellationToken)
    {
        var announcement = await views.OneAsync(query.AnnouncementId, cancellationToken);
        var remindedAt = await db.Announcements.Where(a => a.Id == query.AnnouncementId).Select(a => a.RemindedAt).SingleAsync(cancellationToken);
        var groups = await db.AnnouncementRecipients.AsNoTracking()
            .Where(r => r.AnnouncementId == query.AnnouncementId)
            .GroupBy(r => r.OrgUnitId)
            .Select(g => new { OrgUnitId = g.Key, Recipients = g.Count(), Read = g.Count(r => r.ReadAt != null), Acknowledged = g.Count(r => r.AcknowledgedAt != null) })
            .ToListAsync(cancellationToken);
        var names = (await organization.ListUnitsAsync(cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var byLocation = groups
            .Select(g => new LocationReachDto(g.OrgUnitId, g.OrgUnitId is { } id ? names.GetValueOrDefault(id) : null, new ReachFiguresDto(g.Recipients, g.Read, g.Acknowledged)))
            .OrderByDescending(l => l.Figures.Recipients).ThenBy(l => l.Name, StringComparer.CurrentCulture)
            .ToList();
        var totals = new ReachFiguresDto(groups.Sum(g => g.Recipients), groups.Sum(g => g.Read), groups.Sum(g => g.Acknowledged));
        return new AnnouncementReachDto(announcement, totals, byLocation, remindedAt);
    }
}
