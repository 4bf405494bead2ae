using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.UpdateSeason;

/// <summary>
/// Renames a season or moves its dates. Members whose contract ran to the season's end follow it (a season extended by a
/// week keeps its staff a week longer); contracts that end sooner keep their own date.
/// </summary>
internal sealed record UpdateSeason(Guid SeasonId, string? Name, DateOnly? StartDate, DateOnly? EndDate) : ICommand<Result<SeasonView>>, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.MaxLength("name", Name, Season.NameMaxLength);
        validator.That(Name is null || !string.IsNullOrWhiteSpace(Name), "name", FieldError.Required());
        SeasonRules.Dates(validator, StartDate, EndDate);
    }
}

internal sealed class UpdateSeasonAuthorizer(IdentityPolicy policy, IdentityModuleDbContext db) : IAuthorizer<UpdateSeason>
{
    public async ValueTask<Error?> AuthorizeAsync(UpdateSeason message, ICurrentUser user, CancellationToken cancellationToken) =>
        await SeasonAccess.AuthorizeChangeAsync(policy, db, user, message.SeasonId, cancellationToken);
}

internal sealed class UpdateSeasonHandler(AuditTrail audit, IdentityModuleDbContext db, IdentityPolicy policy, ICurrentUser user, ICacheInvalidation invalidation)
    : ICommandHandler<UpdateSeason, Result<SeasonView>>
{
    public async ValueTask<Result<SeasonView>> Handle(UpdateSeason command, CancellationToken cancellationToken)
    {
        var season = await db.Seasons.Include(s => s.Locations).FirstOrDefaultAsync(s => s.Id == command.SeasonId, cancellationToken);
        if (season is null)
        {
            return SeasonRules.NotFound();
        }

        var start = command.StartDate ?? season.StartDate;
        var end = command.EndDate ?? season.EndDate;
        if (end < start)
        {
            return Error.Validation("endDate", FieldError.Rule("before_start", "must not be before the start date."));
        }

        var followers = await (
            from member in db.SeasonMembers
            where member.SeasonId == season.Id
            join person in db.Users on member.PersonId equals person.Id
            where person.EndDate == season.EndDate
            select person).ToListAsync(cancellationToken);
        // A member since moved to a location the caller does not run keeps their contract: only their managers change it.
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        followers = [.. followers.Where(p => scope.ManagesPeopleAt(p.OrgUnitId))];
        foreach (var person in followers)
        {
            person.EndDate = end;
        }

        season.Name = command.Name?.Trim() ?? season.Name;
        season.StartDate = start;
        season.EndDate = end;
        audit.RecordChanges(db, "season.updated", Auditing.AuditSubjects.Season(season), db.Entry(season));
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync(followers.Select(p => Credentials.PersonKey(p.Id)), cancellationToken);

        return SeasonView.Of(season, await db.SeasonMembers.CountAsync(m => m.SeasonId == season.Id, cancellationToken));
    }
}
