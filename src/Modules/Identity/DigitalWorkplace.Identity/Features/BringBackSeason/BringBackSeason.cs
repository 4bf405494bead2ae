using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.BringBackSeason;

/// <summary>
/// Next season, in one action: returning staff — a list, or everyone of a former season the caller administers — join
/// this season with its dates, and their ended accounts are active again, with their posts and completed onboarding.
/// </summary>
internal sealed record BringBackSeason(Guid SeasonId, Guid? FromSeasonId, IReadOnlyList<Guid>? PersonIds) : ICommand<Result<ReturningStaff>>, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.That(FromSeasonId is not null || PersonIds is { Count: > 0 }, "personIds", FieldError.Rule("people_or_season", "or fromSeasonId is required."));
        validator.That(PersonIds is null || PersonIds.Count <= AddSeasonMembers.AddSeasonMembers.MaxPeople, "personIds", FieldError.OutOfRange(1, AddSeasonMembers.AddSeasonMembers.MaxPeople));
        validator.That(FromSeasonId != SeasonId, "fromSeasonId", FieldError.Rule("same_season", "must be another season."));
    }
}

/// <param name="Reactivated">Ended or suspended accounts made active again.</param>
/// <param name="Enrolled">People now in the season (the reactivated ones included).</param>
internal sealed record ReturningStaff(int Enrolled, int Reactivated);

internal sealed class BringBackSeasonAuthorizer(IdentityPolicy policy, IdentityModuleDbContext db) : IAuthorizer<BringBackSeason>
{
    public async ValueTask<Error?> AuthorizeAsync(BringBackSeason message, ICurrentUser user, CancellationToken cancellationToken) =>
        await SeasonAccess.AuthorizeChangeAsync(policy, db, user, message.SeasonId, cancellationToken);
}

internal sealed class BringBackSeasonHandler(AuditTrail audit, IdentityModuleDbContext db, IdentityPolicy policy, ICurrentUser user, AudienceMembership audiences, AccountStatusChanges statuses,
    ICacheInvalidation invalidation, TimeProvider clock)
    : ICommandHandler<BringBackSeason, Result<ReturningStaff>>
{
    public async ValueTask<Result<ReturningStaff>> Handle(BringBackSeason command, CancellationToken cancellationToken)
    {
        var season = await db.Seasons.Include(s => s.Locations).FirstAsync(s => s.Id == command.SeasonId, cancellationToken);
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var ids = (command.PersonIds ?? []).ToHashSet();
        if (command.FromSeasonId is { } from)
        {
            var former = await db.Seasons.AsNoTracking().Include(s => s.Locations).FirstOrDefaultAsync(s => s.Id == from, cancellationToken);
            if (former is null || !SeasonEnrolment.Sees(scope, [.. former.Locations.Select(l => l.OrgUnitId)]))
            {
                return Error.Validation("fromSeasonId", FieldError.Rule("unknown_season", "names no season."));
            }

            ids.UnionWith(await db.SeasonMembers.Where(m => m.SeasonId == from).Select(m => m.PersonId).ToListAsync(cancellationToken));
        }

        var wanted = ids.ToList();
        var people = (await db.Users.Where(p => wanted.Contains(p.Id)).ToListAsync(cancellationToken)).Where(p => scope.ManagesPeopleAt(p.OrgUnitId)).ToList();
        if (command.PersonIds is { } listed && listed.Except(people.Select(p => p.Id)).Any())
        {
            return Error.Validation("personIds", FieldError.Rule("unknown_person", "names people who do not exist."));
        }

        var now = clock.GetUtcNow();
        var returning = people.Where(p => p.Status is AccountStatus.Ended or AccountStatus.Suspended).ToList();
        returning.ForEach(statuses.StageReactivation);
        var reactivated = returning.Count;

        await SeasonEnrolment.EnrolAsync(db, season, people, SeasonJoin.Returning, now, cancellationToken);
        audit.Record(db, "season.staff-brought-back", Auditing.AuditSubjects.Season(season),
            after: AuditTrail.Fields(("people", people.Count), ("reactivated", reactivated), ("fromSeasonId", command.FromSeasonId)));
        await audiences.StageAsync(people, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync(people.Select(p => Credentials.PersonKey(p.Id)), cancellationToken);

        return new ReturningStaff(people.Count, reactivated);
    }
}
