using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities;

internal static class CommunityQueries
{
    /// <summary>Communities as a given person sees them: member count and whether they belong, in one query.</summary>
    public static IQueryable<CommunitySummary> ToSummaries(this IQueryable<Community> communities, CommunitiesDbContext db, Guid personId) =>
        communities.Select(c => new CommunitySummary(
            c.Id,
            c.Name,
            c.Description,
            c.Visibility,
            c.IsOfficial,
            db.Memberships.Count(m => m.CommunityId == c.Id),
            db.Memberships.Any(m => m.CommunityId == c.Id && m.PersonId == personId)));

    public static Task<CommunitySummary?> SummaryAsync(this CommunitiesDbContext db, Guid communityId, Guid personId, CancellationToken cancellationToken) =>
        db.Communities.AsNoTracking().Where(c => c.Id == communityId).ToSummaries(db, personId).SingleOrDefaultAsync(cancellationToken);
}
