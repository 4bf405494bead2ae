using DigitalWorkplace.BuildingBlocks.Privacy;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Privacy;

/// <summary>What Identity keeps about a person: their profile and contract, roles, seasons, audiences, tokens, sign-in history.</summary>
internal sealed class IdentityPersonalData(IdentityModuleDbContext db) : IPersonalDataSource
{
    public string Name => "profile";

    public async Task<object> ExportAsync(Guid personId, CancellationToken cancellationToken)
    {
        var person = await db.Users.AsNoTracking().FirstAsync(p => p.Id == personId, cancellationToken);
        var subject = personId.ToString();
        return new
        {
            Profile = new
            {
                person.Id, person.DisplayName, person.GivenName, person.FamilyName, person.UserName, person.Email, person.Position, person.Department,
                person.EmployeeId, person.EmploymentType, person.Status, person.OrgUnitId, person.ManagerId, person.Languages, person.Tags,
                person.StartDate, person.EndDate, person.CreatedAt, person.CharterAcceptedAt, TwoStepSignIn = person.TwoFactorEnabled,
            },
            Roles = await db.RoleGrants.AsNoTracking().Where(g => g.PersonId == personId).Select(g => new { g.Role, g.OrgUnitId, g.GrantedAt }).ToListAsync(cancellationToken),
            Seasons = await (from m in db.SeasonMembers.AsNoTracking() where m.PersonId == personId join s in db.Seasons on m.SeasonId equals s.Id
                             select new { s.Name, s.StartDate, s.EndDate }).ToListAsync(cancellationToken),
            Audiences = await (from m in db.AudienceMembers.AsNoTracking() where m.PersonId == personId join a in db.Audiences on m.AudienceId equals a.Id
                               select a.Name).ToListAsync(cancellationToken),
            AccessTokens = await db.AccessTokens.AsNoTracking().Where(t => t.PersonId == personId)
                .Select(t => new { t.Name, t.Prefix, t.CreatedAt, t.ExpiresAt, t.LastUsedAt, t.RevokedAt }).ToListAsync(cancellationToken),
            SignIns = await db.AuditLog.AsNoTracking()
                .Where(e => e.SubjectId == subject && (e.Action.StartsWith("signin.") || e.Action == "signout"))
                .OrderBy(e => e.Id).Select(e => new { e.Action, e.At, e.Address, e.Client }).ToListAsync(cancellationToken),
        };
    }
}
