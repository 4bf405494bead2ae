using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.AddSeasonMembers;

/// <summary>Adds people to a season by hand; their contract takes the season's dates. Adding someone twice changes nothing.</summary>
internal sealed record AddSeasonMembers(Guid SeasonId, IReadOnlyList<Guid>? PersonIds) : ICommand<Result<SeasonView>>, IValidatable
{
    public const int MaxPeople = 5000;

    public void Validate(Validator validator) =>
        validator.That(PersonIds is { Count: > 0 and <= MaxPeople }, "personIds", FieldError.OutOfRange(1, MaxPeople));
}

internal sealed class AddSeasonMembersAuthorizer(IdentityPolicy policy, IdentityModuleDbContext db) : IAuthorizer<AddSeasonMembers>
{
    public async ValueTask<Error?> AuthorizeAsync(AddSeasonMembers message, ICurrentUser user, CancellationToken cancellationToken) =>
        await SeasonAccess.AuthorizeChangeAsync(policy, db, user, message.SeasonId, cancellationToken);
}

internal sealed class AddSeasonMembersHandler(AuditTrail audit, IdentityModuleDbContext db, IdentityPolicy policy, ICurrentUser user, AudienceMembership audiences, ICacheInvalidation invalidation, TimeProvider clock)
    : ICommandHandler<AddSeasonMembers, Result<SeasonView>>
{
    public async ValueTask<Result<SeasonView>> Handle(AddSeasonMembers command, CancellationToken cancellationToken)
    {
        var season = await db.Seasons.Include(s => s.Locations).FirstAsync(s => s.Id == command.SeasonId, cancellationToken);
        var ids = command.PersonIds!.Distinct().ToList();
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var people = (await db.Users.Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken)).Where(p => scope.ManagesPeopleAt(p.OrgUnitId)).ToList();
        if (people.Count != ids.Count)
        {
            // Someone outside the caller's scope is, for them, nobody: the same answer as an id that does not exist.
            return Error.Validation("personIds", FieldError.Rule("unknown_person", "names people who do not exist.",
                new Dictionary<string, object> { ["ids"] = string.Join(",", ids.Except(people.Select(p => p.Id))) }));
        }

        await SeasonEnrolment.EnrolAsync(db, season, people, SeasonJoin.Manual, clock.GetUtcNow(), cancellationToken);
        audit.Record(db, "season.members-added", Auditing.AuditSubjects.Season(season), after: AuditTrail.Fields(("people", people.Count)));
        await audiences.StageAsync(people, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync(people.Select(p => Credentials.PersonKey(p.Id)), cancellationToken);

        return SeasonView.Of(season, await db.SeasonMembers.CountAsync(m => m.SeasonId == season.Id, cancellationToken));
    }
}
