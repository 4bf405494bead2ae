using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features;

/// <summary>An audience's criteria as the API takes and shows them; each one left empty does not narrow.</summary>
internal sealed record AudienceCriteria(
    IReadOnlyList<Guid>? OrgUnitIds, IReadOnlyList<EmploymentType>? EmploymentTypes, IReadOnlyList<string>? Positions,
    IReadOnlyList<Guid>? SeasonIds, IReadOnlyList<string>? Tags, int? StartedWithinDays)
{
    public static AudienceCriteria Of(AudienceRule rule) =>
        new(rule.OrgUnitIds, rule.EmploymentTypes, rule.Positions, rule.SeasonIds, rule.Tags, rule.StartedWithinDays);

    public void Validate(Validator validator)
    {
        validator.That((OrgUnitIds?.Count ?? 0) <= 200, "orgUnitIds", FieldError.OutOfRange(0, 200));
        validator.That(EmploymentTypes is null || EmploymentTypes.All(Enum.IsDefined), "employmentTypes", FieldError.OneOf(Enum.GetNames<EmploymentType>()));
        validator.That((Positions?.Count ?? 0) <= 50 && (Positions ?? []).All(p => !string.IsNullOrWhiteSpace(p) && p.Length <= Accounts.Person.PositionMaxLength), "positions",
            FieldError.Rule("invalid_positions", "must be up to 50 positions of at most 100 characters."));
        validator.That((SeasonIds?.Count ?? 0) <= 50, "seasonIds", FieldError.OutOfRange(0, 50));
        Accounts.PersonRules.Tags(validator, "tags", Tags);
        validator.InRange("startedWithinDays", StartedWithinDays, 1, 3650);
    }

    public AudienceRule ToRule() => new()
    {
        OrgUnitIds = [.. (OrgUnitIds ?? []).Distinct()],
        EmploymentTypes = [.. (EmploymentTypes ?? []).Distinct()],
        Positions = [.. (Positions ?? []).Select(p => p.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)],
        SeasonIds = [.. (SeasonIds ?? []).Distinct()],
        Tags = [.. (Tags ?? []).Select(Accounts.PersonRules.NormalizeTag).Distinct(StringComparer.Ordinal)],
        StartedWithinDays = StartedWithinDays,
    };

    /// <summary>Units and seasons must exist: a rule naming nothing real would silently match nobody.</summary>
    public async Task<Error?> UnknownReferencesAsync(OrgTree tree, IdentityModuleDbContext db, CancellationToken cancellationToken)
    {
        if ((OrgUnitIds ?? []).Any(id => tree.Find(id) is null))
        {
            return Error.Validation("orgUnitIds", FieldError.Rule("unknown_unit", "names no org unit."));
        }

        var seasons = (SeasonIds ?? []).Distinct().ToList();
        return seasons.Count > 0 && await db.Seasons.CountAsync(s => seasons.Contains(s.Id), cancellationToken) != seasons.Count
            ? Error.Validation("seasonIds", FieldError.Rule("unknown_season", "names no season."))
            : null;
    }
}

internal sealed record AudienceView(Guid Id, string Name, AudienceCriteria Criteria, int MemberCount);

/// <summary>The authorizers' rule for an existing audience: it exists and targets only what the caller holds, or it is not found.</summary>
internal static class AudienceAccess
{
    public static async Task<Error?> AuthorizeAsync(IdentityPolicy policy, AudienceCatalog catalog, ICurrentUser user, Guid audienceId, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        var audience = await catalog.FindAsync(audienceId, cancellationToken);
        return audience is not null && scope.MayTarget(audience.Rule.OrgUnitIds) ? null : Error.NotFound("audience.not_found");
    }

    /// <summary>
    /// Why the caller may not target these units, or null. A unit outside what they hold is the same 400 as one that
    /// does not exist; the whole network (no unit) is only for those who hold it.
    /// </summary>
    public static Error? TargetError(AdministrationScope scope, IReadOnlyList<Guid>? unitIds)
    {
        var units = unitIds ?? [];
        if (scope.MayTarget([.. units.Where(id => scope.Tree.Find(id) is not null)]) && (units.Count == 0 || scope.HoldsAnyRole))
        {
            return null;
        }

        return units.Count > 0 && scope.HoldsAnyRole
            ? Error.Validation("orgUnitIds", FieldError.Rule("unknown_unit", "names no org unit."))
            : Error.Forbidden("audience.forbidden", "You may not target these people.");
    }
}
