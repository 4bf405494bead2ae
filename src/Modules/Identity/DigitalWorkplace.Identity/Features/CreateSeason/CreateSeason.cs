using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.CreateSeason;

/// <summary>Opens a season for some locations (or, for a network-wide administrator, for the whole network).</summary>
internal sealed record CreateSeason(string? Name, DateOnly? StartDate, DateOnly? EndDate, IReadOnlyList<Guid>? LocationIds)
    : ICommand<Result<SeasonView>>, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.Required("name", Name, Season.NameMaxLength);
        validator.That(StartDate is not null, "startDate", FieldError.Required());
        validator.That(EndDate is not null, "endDate", FieldError.Required());
        validator.That(LocationIds is null || LocationIds.Count <= 1000, "locationIds", FieldError.OutOfRange(0, 1000));
        SeasonRules.Dates(validator, StartDate, EndDate);
    }
}

internal sealed class CreateSeasonAuthorizer(IdentityPolicy policy) : IAuthorizer<CreateSeason>
{
    public async ValueTask<Error?> AuthorizeAsync(CreateSeason message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var known = (message.LocationIds ?? []).Where(id => scope.Tree.Find(id) is not null).ToList();
        if (SeasonEnrolment.Manages(scope, known))
        {
            return null;
        }

        // For those who run some locations, another franchisee's location is as unknown as one that does not exist.
        return scope.ManagesAnyone && known.Count > 0
            ? Error.Validation("locationIds", FieldError.Rule("unknown_location", "names a unit that is not a location."))
            : Error.Forbidden("season.forbidden", "You may not open a season for these locations.");
    }
}

internal sealed class CreateSeasonHandler(AuditTrail audit, IdentityModuleDbContext db, OrgTreeCache trees, TimeProvider clock) : ICommandHandler<CreateSeason, Result<SeasonView>>
{
    public async ValueTask<Result<SeasonView>> Handle(CreateSeason command, CancellationToken cancellationToken)
    {
        var tree = await trees.GetAsync(cancellationToken);
        var locations = (command.LocationIds ?? []).Distinct().ToList();
        if (locations.Any(id => tree.Find(id) is not { Kind: OrgUnitKind.Location }))
        {
            return Error.Validation("locationIds", FieldError.Rule("unknown_location", "names a unit that is not a location."));
        }

        var season = new Season
        {
            Name = command.Name!.Trim(),
            StartDate = command.StartDate!.Value,
            EndDate = command.EndDate!.Value,
            CreatedAt = clock.GetUtcNow(),
        };
        season.Locations.AddRange(locations.Select(id => new SeasonLocation { SeasonId = season.Id, OrgUnitId = id }));
        db.Seasons.Add(season);
        audit.Record(db, "season.created", Auditing.AuditSubjects.Season(season), after: AuditTrail.Fields(
            ("name", season.Name), ("startDate", season.StartDate), ("endDate", season.EndDate), ("locationIds", locations)));
        await db.SaveChangesAsync(cancellationToken);
        return SeasonView.Of(season, 0);
    }
}
