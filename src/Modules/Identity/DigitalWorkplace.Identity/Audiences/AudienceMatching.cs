using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Audiences;

/// <summary>What an audience rule looks at in a person.</summary>
internal sealed record PersonFacts(
    Guid Id, Guid? OrgUnitId, EmploymentType EmploymentType, string? Position, string? Tags, DateOnly? StartDate, AccountStatus Status, IReadOnlyCollection<Guid> SeasonIds);

/// <summary>The one definition of "is this person in that audience".</summary>
internal static class AudienceMatching
{
    /// <summary>
    /// Invited, pending and active people belong to audiences (an invited seasonal worker's onboarding is ready when they
    /// sign up); suspended and ended ones leave them.
    /// </summary>
    public static bool IsEligible(AccountStatus status) => status is AccountStatus.Invited or AccountStatus.PendingApproval or AccountStatus.Active;

    public static bool Matches(AudienceRule rule, PersonFacts person, OrgTree tree, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(tree);
        if (!IsEligible(person.Status))
        {
            return false;
        }

        if (rule.OrgUnitIds.Count > 0 && !rule.OrgUnitIds.Any(unit => tree.IsWithin(person.OrgUnitId, unit)))
        {
            return false;
        }

        if (rule.EmploymentTypes.Count > 0 && !rule.EmploymentTypes.Contains(person.EmploymentType))
        {
            return false;
        }

        if (rule.Positions.Count > 0 && !rule.Positions.Any(p => string.Equals(p, person.Position, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (rule.SeasonIds.Count > 0 && !rule.SeasonIds.Any(person.SeasonIds.Contains))
        {
            return false;
        }

        var tags = Accounts.PersonRules.ListOf(person.Tags);
        if (rule.Tags.Count > 0 && !rule.Tags.Any(t => tags.Contains(t, StringComparer.Ordinal)))
        {
            return false;
        }

        // "Started less than N days ago", and those about to start: new starters.
        return rule.StartedWithinDays is not { } days || (person.StartDate is { } start && start > today.AddDays(-days));
    }
}
