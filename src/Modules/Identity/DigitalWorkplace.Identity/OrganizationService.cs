using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Features;
using DigitalWorkplace.Identity.Features.AddSeasonMembers;
using DigitalWorkplace.Identity.Features.CreateAudience;
using DigitalWorkplace.Identity.Features.CreateLocationCode;
using DigitalWorkplace.Identity.Features.CreateSeason;
using DigitalWorkplace.Identity.Features.GrantRole;
using DigitalWorkplace.Identity.Features.InvitePerson;
using DigitalWorkplace.Identity.Features.ListOrgUnits;
using DigitalWorkplace.Identity.Features.ListSeasons;

namespace DigitalWorkplace.Identity;

/// <summary>Keeps the org structure by name: used by the demo seed and the CLI, which act as the system.</summary>
internal sealed class OrganizationService(IdentityModuleDbContext db, ICacheInvalidation invalidation, ISender sender) : IOrganizationService
{
    public async Task<Result<Guid>> CreateAudienceAsync(NewAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var criteria = new AudienceCriteria(audience.OrgUnitIds, audience.EmploymentTypes, audience.Positions, audience.SeasonIds, audience.Tags, audience.StartedWithinDays);
        return (await sender.Send(new CreateAudience(audience.Name, criteria), cancellationToken)).Map(a => a.Id);
    }

    public async Task<IReadOnlyList<OrgUnitDto>> ListUnitsAsync(CancellationToken cancellationToken) =>
        [.. (await sender.Send(new ListOrgUnits(false), cancellationToken)).Value!.Select(u => new OrgUnitDto(u.Id, u.Name, u.Kind, u.ParentId))];

    public async Task<IReadOnlyList<SeasonDto>> ListSeasonsAsync(CancellationToken cancellationToken) =>
        [.. (await sender.Send(new ListSeasons(), cancellationToken)).Value!.Select(s => new SeasonDto(s.Id, s.Name, s.StartDate, s.EndDate, s.MemberCount))];

    public async Task<IReadOnlyList<(Guid Id, string Name)>> SeasonChoicesAsync(CancellationToken cancellationToken) =>
        [.. (await sender.Send(new ListSeasons(Counted: false), cancellationToken)).Value!.Select(s => (s.Id, s.Name))];

    public async Task<Result<Guid>> CreateSeasonAsync(string name, DateOnly startDate, DateOnly endDate, IReadOnlyList<Guid> locationIds, CancellationToken cancellationToken) =>
        (await sender.Send(new CreateSeason(name, startDate, endDate, locationIds), cancellationToken)).Map(s => s.Id);

    public async Task<Result<Done>> AddToSeasonAsync(Guid seasonId, IReadOnlyList<Guid> personIds, CancellationToken cancellationToken) =>
        (await sender.Send(new AddSeasonMembers(seasonId, personIds), cancellationToken)).Map(_ => Done.Value);

    public async Task<Result<Done>> GrantRoleAsync(Guid personId, PlatformRole role, Guid? orgUnitId, CancellationToken cancellationToken) =>
        (await sender.Send(new GrantRole(personId, role, orgUnitId), cancellationToken)).Map(_ => Done.Value);

    public async Task<Result<string>> InviteAsync(string displayName, Guid orgUnitId, EmploymentType employmentType, Guid? seasonId, CancellationToken cancellationToken) =>
        (await sender.Send(new InvitePerson(displayName, null, orgUnitId, employmentType, seasonId, null, null, null, null, null), cancellationToken)).Map(i => i.Path);

    public async Task<Result<string>> InviteGuestAsync(
        string displayName, Guid sponsorId, DateOnly endDate, IReadOnlyList<Guid> communityIds, IReadOnlyList<Guid> appIds, CancellationToken cancellationToken,
        Guid? orgUnitId = null) =>
        (await sender.Send(new InvitePerson(displayName, null, orgUnitId, EmploymentType.External, null, null, null, null, endDate, null, new GuestTerms(sponsorId, communityIds, appIds)), cancellationToken)).Map(i => i.Path);

    public async Task<Result<string>> CreateLocationCodeAsync(Guid locationId, Guid? seasonId, bool requiresApproval, int expiresInDays, CancellationToken cancellationToken) =>
        (await sender.Send(new CreateLocationCode(locationId, seasonId, EmploymentType.Seasonal, requiresApproval, null, expiresInDays), cancellationToken)).Map(c => c.Code);

    public async Task<Guid> EnsureOrgUnitAsync(string name, OrgUnitKind kind, string? parentName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Guid? parentId = null;
        if (!string.IsNullOrWhiteSpace(parentName))
        {
            parentId = (await FindOrAddAsync(parentName.Trim(), OrgUnitKind.Organization, parentId: null, cancellationToken)).Id;
        }

        var unit = await FindOrAddAsync(name.Trim(), kind, parentId, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone created the same unit concurrently: names are unique, so theirs is the one.
            db.ChangeTracker.Clear();
            return await db.OrgUnits.Where(u => u.Name == name.Trim()).Select(u => u.Id).FirstAsync(cancellationToken);
        }

        await invalidation.InvalidateAsync(OrgTreeCache.Key, cancellationToken);
        return unit.Id;
    }

    private async Task<OrgUnit> FindOrAddAsync(string name, OrgUnitKind kind, Guid? parentId, CancellationToken cancellationToken)
    {
        var unit = db.OrgUnits.Local.FirstOrDefault(u => u.Name == name)
            ?? await db.OrgUnits.FirstOrDefaultAsync(u => u.Name == name, cancellationToken);
        if (unit is null)
        {
            unit = new OrgUnit { Name = name, Kind = kind, ParentId = parentId };
            db.OrgUnits.Add(unit);
        }

        return unit;
    }
}
