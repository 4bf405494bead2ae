using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Audiences;

/// <summary>
/// Keeps audience members current, incrementally: whoever changes people (create, edit, status, season, import) stages
/// the membership changes of those people into their own unit of work, before saving — the people, their memberships
/// and the <see cref="AudienceMembershipChangedIntegrationEvent"/>s commit together. A new or edited audience is
/// evaluated whole. Guests belong to no audience.
/// </summary>
internal sealed class AudienceMembership(IdentityModuleDbContext db, AudienceCatalog catalog, OrgTreeCache trees, TimeProvider clock)
{
    /// <summary>
    /// Stages the joins and leaves of these (tracked or new) people; the caller saves. <paramref name="tree"/> is the org
    /// tree to judge by when the caller is changing it (a unit moving); otherwise the current one.
    /// </summary>
    public async Task StageAsync(IReadOnlyCollection<Person> people, CancellationToken cancellationToken, OrgTree? tree = null)
    {
        if (people.Count == 0)
        {
            return;
        }

        var audiences = await catalog.AllAsync(cancellationToken);
        if (audiences.Count == 0)
        {
            return;
        }

        var ids = people.Select(p => p.Id).ToList();
        var seasons = await SeasonsOfAsync(ids, cancellationToken);
        var current = (await db.AudienceMembers.Where(m => ids.Contains(m.PersonId)).Select(m => new { m.AudienceId, m.PersonId }).ToListAsync(cancellationToken))
            .Select(m => (m.AudienceId, m.PersonId)).ToHashSet();
        tree ??= await trees.GetAsync(cancellationToken);
        var today = Today;
        var wanted = new HashSet<(Guid, Guid)>();
        var starts = people.ToDictionary(p => p.Id, p => p.StartDate);
        var guests = await GuestsAsync([.. people.Where(p => p.EmploymentType == EmploymentType.External).Select(p => p.Id)], cancellationToken);
        foreach (var person in people.Where(p => !guests.Contains(p.Id)))
        {
            var facts = Facts(person, seasons.GetValueOrDefault(person.Id) ?? []);
            foreach (var audience in audiences.Where(a => AudienceMatching.Matches(a.Rule, facts, tree, today)))
            {
                wanted.Add((audience.Id, person.Id));
            }
        }

        Apply(current, wanted, starts);
    }

    /// <summary>
    /// Evaluates one audience over everyone (after it is created or its rule changes) and stages the difference; returns
    /// its member count and the people who joined or left (whose cached status the caller invalidates after saving).
    /// </summary>
    public async Task<(int Members, IReadOnlyList<Guid> Changed)> StageAudienceAsync(Audience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var tree = await trees.GetAsync(cancellationToken);
        var people = await db.Users.AsNoTracking()
            .Where(p => p.Status == AccountStatus.Invited || p.Status == AccountStatus.PendingApproval || p.Status == AccountStatus.Active)
            .Select(p => new { p.Id, p.OrgUnitId, p.EmploymentType, p.Position, p.Tags, p.StartDate, p.Status })
            .ToListAsync(cancellationToken);
        var seasons = audience.Rule.SeasonIds.Count == 0 ? [] : await SeasonsOfAsync(null, cancellationToken);
        var guests = await GuestsAsync([.. people.Where(p => p.EmploymentType == EmploymentType.External).Select(p => p.Id)], cancellationToken);
        var today = Today;
        var wanted = people
            .Where(p => !guests.Contains(p.Id))
            .Where(p => AudienceMatching.Matches(audience.Rule, new PersonFacts(p.Id, p.OrgUnitId, p.EmploymentType, p.Position, p.Tags, p.StartDate, p.Status, seasons.GetValueOrDefault(p.Id) ?? []), tree, today))
            .Select(p => (audience.Id, p.Id))
            .ToHashSet();
        var current = (await db.AudienceMembers.Where(m => m.AudienceId == audience.Id).Select(m => m.PersonId).ToListAsync(cancellationToken))
            .Select(id => (audience.Id, id)).ToHashSet();
        return (wanted.Count, Apply(current, wanted, people.ToDictionary(p => p.Id, p => p.StartDate)));
    }

    private List<Guid> Apply(HashSet<(Guid AudienceId, Guid PersonId)> current, HashSet<(Guid AudienceId, Guid PersonId)> wanted, Dictionary<Guid, DateOnly?> starts)
    {
        var now = clock.GetUtcNow();
        var changes = new List<(Guid AudienceId, AudienceMemberChange Change)>();
        foreach (var (audienceId, personId) in wanted.Except(current))
        {
            db.AudienceMembers.Add(new AudienceMember { AudienceId = audienceId, PersonId = personId, Since = now });
            changes.Add((audienceId, new AudienceMemberChange(personId, IsMember: true, starts.GetValueOrDefault(personId))));
        }

        foreach (var (audienceId, personId) in current.Except(wanted))
        {
            db.AudienceMembers.Remove(new AudienceMember { AudienceId = audienceId, PersonId = personId });
            changes.Add((audienceId, new AudienceMemberChange(personId, IsMember: false)));
        }

        Publish(db, changes, clock);
        return [.. changes.Select(c => c.Change.PersonId).Distinct()];
    }

    /// <summary>One event per audience for everything that changed in it in this unit of work.</summary>
    public static void Publish(IdentityModuleDbContext db, IEnumerable<(Guid AudienceId, AudienceMemberChange Change)> changes, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        foreach (var audience in changes.GroupBy(c => c.AudienceId))
        {
            db.Publish(new AudienceMembershipChangedIntegrationEvent(audience.Key, [.. audience.Select(c => c.Change)]), clock);
        }
    }

    // Guests are in no audience: what they use is exactly what their sponsor chose, never a track or tile for "everyone".
    // Every guest is External, so only those are looked up: a day-one import of seasonal staff costs no query here.
    private async Task<HashSet<Guid>> GuestsAsync(List<Guid> externalIds, CancellationToken cancellationToken)
    {
        if (externalIds.Count == 0)
        {
            return [];
        }

        var saved = await db.Guests.AsNoTracking().Where(g => externalIds.Contains(g.PersonId)).Select(g => g.PersonId).ToListAsync(cancellationToken);
        return [.. saved, .. db.Guests.Local.Select(g => g.PersonId).Where(externalIds.Contains)];
    }

    // Saved memberships and those staged in this unit of work (a person joining a season now).
    private async Task<Dictionary<Guid, HashSet<Guid>>> SeasonsOfAsync(List<Guid>? personIds, CancellationToken cancellationToken)
    {
        var query = db.SeasonMembers.AsNoTracking();
        if (personIds is not null)
        {
            query = query.Where(m => personIds.Contains(m.PersonId));
        }

        var saved = await query.Select(m => new { m.PersonId, m.SeasonId }).ToListAsync(cancellationToken);
        return saved.Select(m => (m.PersonId, m.SeasonId))
            .Concat(db.SeasonMembers.Local.Select(m => (m.PersonId, m.SeasonId)))
            .GroupBy(m => m.PersonId)
            .ToDictionary(g => g.Key, g => g.Select(m => m.SeasonId).ToHashSet());
    }

    private static PersonFacts Facts(Person person, IReadOnlyCollection<Guid> seasons) =>
        new(person.Id, person.OrgUnitId, person.EmploymentType, person.Position, person.Tags, person.StartDate, person.Status, seasons);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
