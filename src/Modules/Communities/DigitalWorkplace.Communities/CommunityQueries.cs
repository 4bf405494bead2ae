using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities;

internal static class CommunityQueries
{
    /// <summary>
    /// Communities as a given person sees them: whether they belong and, for a public community or one of theirs, how many
    /// do — in one query. Outside a private community the count is not theirs to know.
    /// </summary>
    public static IQueryable<CommunitySummary> ToSummaries(this IQueryable<Community> communities, CommunitiesDbContext db, Guid personId) =>
        communities
            .Select(c => new
            {
                Community = c,
                Role = db.Memberships.Where(m => m.CommunityId == c.Id && m.PersonId == personId).Select(m => (CommunityRole?)m.Role).FirstOrDefault(),
                Accepted = db.Memberships.Where(m => m.CommunityId == c.Id && m.PersonId == personId).Select(m => (int?)m.CharterAcceptedVersion).FirstOrDefault(),
                Invited = db.Invitations.Any(i => i.CommunityId == c.Id && i.PersonId == personId && i.AnsweredAt == null),
            })
            .Select(x => new { x.Community, x.Role, x.Accepted, x.Invited, IsMember = x.Role != null })
            .Select(x => new CommunitySummary(
                x.Community.Id,
                x.Community.Name,
                x.Community.Description,
                x.Community.Visibility,
                x.Community.IsOfficial,
                x.Community.Visibility == CommunityVisibility.Public || x.IsMember ? db.Memberships.Count(m => m.CommunityId == x.Community.Id) : null,
                x.IsMember,
                x.Role == null ? null : x.Role.ToString(),
                x.Community.Tags,
                x.Community.Language,
                x.Community.CoverVersion == null ? null : CommunityLimits.CoverPath(x.Community.Id, x.Community.CoverVersion.Value),
                x.Community.ArchivedAt != null,
                x.Community.Charter,
                x.Community.CharterVersion,
                x.IsMember && x.Community.Charter != null && x.Accepted < x.Community.CharterVersion,
                !x.IsMember && x.Invited));

    public static Task<CommunitySummary?> SummaryAsync(this CommunitiesDbContext db, Guid communityId, Guid personId, CancellationToken cancellationToken) =>
        db.Communities.AsNoTracking().Where(c => c.Id == communityId).ToSummaries(db, personId).SingleOrDefaultAsync(cancellationToken);
}
