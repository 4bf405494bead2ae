using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Accounts;

/// <summary>
/// The one way a person joins a season — by hand, import, invitation or as returning staff: a membership, and a
/// contract that starts no earlier than the season and ends with it (or sooner, when their own contract says so).
/// The caller saves; the caller invalidates the people's cached status after saving.
/// </summary>
internal static class SeasonEnrolment
{
    public static async Task EnrolAsync(IdentityModuleDbContext db, Season season, IReadOnlyCollection<Person> people, SeasonJoin joinedBy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = people.Select(p => p.Id).ToList();
        var already = (await db.SeasonMembers.Where(m => m.SeasonId == season.Id && ids.Contains(m.PersonId)).Select(m => m.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        // Read once: every access to Local scans the whole change tracker, and an import tracks thousands of entities.
        already.UnionWith(db.SeasonMembers.Local.Where(m => m.SeasonId == season.Id).Select(m => m.PersonId));
        foreach (var person in people)
        {
            if (already.Add(person.Id))
            {
                db.SeasonMembers.Add(new SeasonMember { SeasonId = season.Id, PersonId = person.Id, JoinedBy = joinedBy, JoinedAt = now });
            }

            ApplyContract(person, season, renewing: joinedBy == SeasonJoin.Returning);
        }
    }

    /// <summary>
    /// A new member's dates: the season's, unless their own fall inside it. A returning worker's old dates belong to the
    /// season they left, so they take the new season's.
    /// </summary>
    public static void ApplyContract(Person person, Season season, bool renewing)
    {
        ArgumentNullException.ThrowIfNull(person);
        ArgumentNullException.ThrowIfNull(season);
        person.EmploymentType = person.EmploymentType == EmploymentType.Permanent ? EmploymentType.Seasonal : person.EmploymentType;
        if (renewing || person.StartDate is null || person.StartDate < season.StartDate)
        {
            person.StartDate = season.StartDate;
        }

        if (renewing || person.EndDate is null || person.EndDate > season.EndDate || person.EndDate < season.StartDate)
        {
            person.EndDate = season.EndDate;
        }
    }

    /// <summary>Who may run the season: whoever administers every one of its locations (network-wide administrators, any season).</summary>
    public static bool Manages(AdministrationScope scope, IReadOnlyCollection<Guid> seasonLocations)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.ManagedUnits() is not { } units)
        {
            return scope.ManagesAnyone;
        }

        return seasonLocations.Count > 0 && seasonLocations.All(units.Contains);
    }

    /// <summary>Who may see the season: whoever administers one of its locations.</summary>
    public static bool Sees(AdministrationScope scope, IReadOnlyCollection<Guid> seasonLocations)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.ManagedUnits() is { } units ? seasonLocations.Any(units.Contains) : scope.ManagesAnyone;
    }
}
