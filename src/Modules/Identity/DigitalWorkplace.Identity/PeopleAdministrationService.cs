using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Features.ApprovePerson;
using DigitalWorkplace.Identity.Features.BringBackSeason;
using DigitalWorkplace.Identity.Features.CloseOrgUnit;
using DigitalWorkplace.Identity.Features.CreateOrgUnit;
using DigitalWorkplace.Identity.Features.EndAccess;
using DigitalWorkplace.Identity.Features.GetImport;
using DigitalWorkplace.Identity.Features.GetPersonAccount;
using DigitalWorkplace.Identity.Features.GetSeason;
using DigitalWorkplace.Identity.Features.ImportPeople;
using DigitalWorkplace.Identity.Features.ListInvitations;
using DigitalWorkplace.Identity.Features.ListManagedPeople;
using DigitalWorkplace.Identity.Features.ReactivatePerson;
using DigitalWorkplace.Identity.Features.ResetTwoFactor;
using DigitalWorkplace.Identity.Features.RevokeInvitation;
using DigitalWorkplace.Identity.Features.RevokeRole;
using DigitalWorkplace.Identity.Features.UpdateOrgUnit;
using DigitalWorkplace.Identity.Features.UpdatePerson;
using DigitalWorkplace.Identity.Features.UpdateSeason;
using DigitalWorkplace.Identity.Imports;

namespace DigitalWorkplace.Identity;

/// <summary>The admin pages' use cases: each call is the API's own request, so the pages are checked exactly as the API is.</summary>
internal sealed class PeopleAdministrationService(ISender sender, OrgTreeCache trees, IdentityPolicy policy, IdentityModuleDbContext db, IPeopleDirectory directory, ICurrentUser user)
    : IPeopleAdministration
{
    public async Task<Result<Page<ManagedPersonDto>>> ManagedAsync(AccountStatus? status, string? search, string? after, CancellationToken cancellationToken, Guid? orgUnitId = null)
    {
        var page = await sender.Send(new ListManagedPeople(after, 50, orgUnitId, status, null, search), cancellationToken);
        if (!page.IsSuccess)
        {
            return page.Error!;
        }

        var tree = await trees.GetAsync(cancellationToken);
        return new Page<ManagedPersonDto>([.. page.Value!.Items.Select(a => Dto(a, tree))], page.Value.Next);
    }

    public async Task<Result<ManagedPersonDto>> AccountAsync(Guid personId, CancellationToken cancellationToken)
    {
        var account = await sender.Send(new GetPersonAccount(personId), cancellationToken);
        return account.IsSuccess ? Dto(account.Value!, await trees.GetAsync(cancellationToken)) : account.Error!;
    }

    public async Task<Result<ManagedPersonDto>> UpdateAccountAsync(Guid personId, AccountChanges changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var patch = new PersonChanges(
            Set(changes.DisplayName), Patched<string>.Unchanged, Patched<string>.Unchanged, new Patched<string>(true, Blank(changes.Position)), Set(changes.OrgUnitId),
            Set(changes.ManagerId), changes.Languages is null ? Patched<IReadOnlyList<string>>.Unchanged : Set(changes.Languages), Set<EmploymentType?>(changes.EmploymentType), new Patched<string>(true, Blank(changes.EmployeeId)),
            Set(changes.StartDate), Set(changes.EndDate), Patched<IReadOnlyList<string>>.Unchanged);
        var account = await sender.Send(new UpdatePerson(personId, patch), cancellationToken);
        return account.IsSuccess ? Dto(account.Value!, await trees.GetAsync(cancellationToken)) : account.Error!;
    }

    public async Task<Result<Done>> EndAccessAsync(Guid personId, AccountStatus status, CancellationToken cancellationToken) =>
        await sender.Send(new EndAccess(personId, status), cancellationToken);

    public async Task<Result<Done>> ReactivateAsync(Guid personId, DateOnly? endDate, CancellationToken cancellationToken) =>
        await sender.Send(new ReactivatePerson(personId, null, endDate), cancellationToken);

    public async Task<Result<Done>> ApproveAsync(Guid personId, CancellationToken cancellationToken) =>
        await sender.Send(new ApprovePerson(personId), cancellationToken);

    public async Task<Result<Done>> ResetTwoFactorAsync(Guid personId, CancellationToken cancellationToken) =>
        await sender.Send(new ResetTwoFactor(personId), cancellationToken);

    public async Task<Result<Done>> RevokeRoleAsync(Guid personId, Guid grantId, CancellationToken cancellationToken) =>
        await sender.Send(new RevokeRole(personId, grantId), cancellationToken);

    public async Task<IReadOnlySet<Guid>> ManagedAmongAsync(IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        if (!scope.ManagesAnyone || personIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        // A report over a network asks about thousands: their units come from the people's cached summaries, which every
        // change of a person's unit invalidates (Credentials.PersonKey), and the scope is decided once a unit, not once a person.
        var people = await directory.GetManyAsync(personIds, cancellationToken);
        return people.Values.GroupBy(p => p.OrgUnitId).Where(unit => scope.ManagesPeopleAt(unit.Key)).SelectMany(unit => unit.Select(p => p.Id)).ToHashSet();
    }

    public async Task<Result<SeasonDashboardDto>> SeasonAsync(Guid seasonId, CancellationToken cancellationToken)
    {
        var found = await sender.Send(new GetSeason(seasonId), cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var dashboard = found.Value!;
        var s = dashboard.Season;
        var members = await ManagedMembersAsync(seasonId, cancellationToken);
        return new SeasonDashboardDto(
            new SeasonDto(s.Id, s.Name, s.StartDate, s.EndDate, s.MemberCount),
            Figures(dashboard.Totals),
            [.. dashboard.ByLocation.Select(l => new LocationFiguresDto(l.OrgUnitId, l.Name, Figures(l.Figures)))],
            members);
    }

    public async Task<Result<Done>> SetSeasonDatesAsync(Guid seasonId, DateOnly startDate, DateOnly endDate, CancellationToken cancellationToken) =>
        (await sender.Send(new UpdateSeason(seasonId, null, startDate, endDate), cancellationToken)).Map(_ => BuildingBlocks.Results.Done.Value);

    public async Task<Result<(int Enrolled, int Reactivated)>> BringBackAsync(Guid seasonId, Guid fromSeasonId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new BringBackSeason(seasonId, fromSeasonId, null), cancellationToken);
        return result.IsSuccess ? (result.Value!.Enrolled, result.Value.Reactivated) : result.Error!;
    }

    public async Task<Result<ImportResultDto>> ImportAsync(byte[] file, bool dryRun, CancellationToken cancellationToken)
    {
        if (PeopleCsv.Decode(file) is not { } csv)
        {
            return Error.Validation("file", FieldError.Rule("unreadable_file", "must be a UTF-8 CSV file."));
        }

        var result = await sender.Send(new ImportPeople(csv, dryRun), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var o = result.Value!;
        return new ImportResultDto(o.Id, o.Total, o.Creates, o.Updates, o.Unchanged, o.Errors,
            [.. o.Rows.Select(r => new ImportRowDto(r.Line, r.DisplayName, r.EmployeeId, r.Location, r.Action.ToString(), [.. r.Errors.Select(e => new ImportProblemDto(e.Field, e.Message))]))]);
    }

    public async Task<Result<ImportProgressDto>> ImportProgressAsync(Guid importId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetImport(importId), cancellationToken);
        return result.IsSuccess
            ? new ImportProgressDto(result.Value!.Id, result.Value.Status.ToString(), result.Value.Total, result.Value.Processed, result.Value.Percent)
            : result.Error!;
    }

    public async Task<Result<OpenInvitationsDto>> InvitationsAsync(Guid? orgUnitId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ListInvitations(orgUnitId), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var open = result.Value!;
        return new OpenInvitationsDto(
            [.. open.People.Select(i => new OpenInvitationDto(i.Id, i.PersonId, i.DisplayName, i.OrgUnitName, i.Path, i.ExpiresAt))],
            [.. open.LocationCodes.Select(c => new LocationCodeDto(c.Id, c.Code, c.Path, c.OrgUnitId, c.RequiresApproval, c.Uses, c.MaxUses, c.ExpiresAt))]);
    }

    public async Task<Result<Done>> RevokeInvitationAsync(Guid invitationId, CancellationToken cancellationToken) =>
        await sender.Send(new RevokeInvitation(invitationId), cancellationToken);

    public async Task<Result<Guid>> CreateOrgUnitAsync(string name, OrgUnitKind kind, Guid? parentId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new CreateOrgUnit(name, kind, parentId), cancellationToken);
        return result.IsSuccess ? result.Value!.Id : result.Error!;
    }

    public async Task<Result<Done>> RenameOrgUnitAsync(Guid orgUnitId, string name, CancellationToken cancellationToken) =>
        (await sender.Send(new UpdateOrgUnit(orgUnitId, name, null), cancellationToken)).Map(_ => BuildingBlocks.Results.Done.Value);

    public async Task<Result<Done>> MoveOrgUnitAsync(Guid orgUnitId, Guid parentId, CancellationToken cancellationToken) =>
        (await sender.Send(new UpdateOrgUnit(orgUnitId, null, parentId), cancellationToken)).Map(_ => BuildingBlocks.Results.Done.Value);

    public async Task<Result<Done>> CloseLocationAsync(Guid orgUnitId, CancellationToken cancellationToken) =>
        (await sender.Send(new CloseOrgUnit(orgUnitId), cancellationToken)).Map(_ => BuildingBlocks.Results.Done.Value);

    // The dashboard's own rule: the members the caller administers, nobody else's.
    private async Task<IReadOnlyList<SeasonMemberDto>> ManagedMembersAsync(Guid seasonId, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var members = await (
            from member in db.SeasonMembers
            where member.SeasonId == seasonId
            join person in db.Users on member.PersonId equals person.Id
            select new { person.Id, person.OrgUnitId, person.Status }).AsNoTracking().ToListAsync(cancellationToken);
        return [.. members.Where(m => scope.ManagesPeopleAt(m.OrgUnitId)).Select(m => new SeasonMemberDto(m.Id, m.OrgUnitId, m.Status))];
    }

    // Before sign-up a person's user name is a placeholder ("~" and their id): nobody's to show.
    private static ManagedPersonDto Dto(PersonAccount a, OrgTree tree) =>
        new(a.Id, a.DisplayName, a.UserName is { } name && name.StartsWith('~') ? null : a.UserName, a.Email, a.EmploymentType, a.Status, a.OrgUnitId, a.OrgUnitName, a.StartDate, a.EndDate,
            [.. a.Roles.Select(r => new RoleGrantDto(r.Id, r.Role, r.OrgUnitId, tree.Find(r.OrgUnitId)?.Name))], a.Position, a.EmployeeId, a.ManagerId, a.Languages);

    private static Patched<T> Set<T>(T value) => new(true, value);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static SeasonFiguresDto Figures(SeasonFigures f) => new(f.Members, f.Invited, f.SignedUp, f.PendingApproval, f.Active, f.Ended);

}
