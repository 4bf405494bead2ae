using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Invitations;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Imports;

/// <summary>
/// Writes one batch of checked rows in one transaction: new people (invited, with their personal link), changed ones,
/// their season and their audiences — whose events assign onboarding. Written directly rather than through the user
/// manager one by one: 2,000 people must take seconds, and nobody here has a password yet to hash.
/// </summary>
internal sealed class ImportExecutor(
    IdentityModuleDbContext db, ILookupNormalizer normalizer, InvitationSecrets secrets, AudienceMembership audiences, AccountStatusChanges statuses,
    OrgTreeCache trees, ICacheInvalidation invalidation, TimeProvider clock)
{
    public async Task ExecuteAsync(IReadOnlyList<PlannedRow> batch, Guid? actor, CancellationToken cancellationToken)
    {
        var rows = batch.Where(r => r.Report.Action is ImportAction.Create or ImportAction.Update).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var tree = await trees.GetAsync(cancellationToken);
        var ids = rows.Where(r => r.PersonId is not null).Select(r => r.PersonId!.Value).ToList();
        var existing = await db.Users.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var seasonIds = rows.Where(r => r.SeasonId is not null).Select(r => r.SeasonId!.Value).Distinct().ToList();
        var seasons = await db.Seasons.Where(s => seasonIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var touched = new List<(Person Person, PlannedRow Row)>(rows.Count);
        foreach (var row in rows)
        {
            var isNew = row.PersonId is null || !existing.ContainsKey(row.PersonId.Value);
            var person = isNew ? NewPerson(row, now) : existing[row.PersonId!.Value];
            Apply(person, row);
            var unitName = tree.Find(person.OrgUnitId)?.Name;
            if (isNew)
            {
                db.Users.Add(person);
                db.Invitations.Add(secrets.PersonalInvitation(person, row.SeasonId, actor, now, days: 30).Invitation);
                db.Publish(new PersonRegisteredIntegrationEvent(person.Id, person.DisplayName, person.EmploymentType, unitName, person.StartDate), clock);
            }
            else
            {
                if (person.Status == AccountStatus.Ended && row.SeasonId is { } returning && seasons[returning].EndDate >= today)
                {
                    // Back for another season: the account is theirs again, history included.
                    statuses.StageReactivation(person);
                }

                db.Publish(new PersonUpdatedIntegrationEvent(
                    person.Id, person.DisplayName, person.EmploymentType, person.OrgUnitId, unitName, person.Position, person.StartDate, person.EndDate), clock);
            }

            touched.Add((person, row));
        }

        foreach (var group in touched.Where(t => t.Row.SeasonId is not null).GroupBy(t => t.Row.SeasonId!.Value))
        {
            await SeasonEnrolment.EnrolAsync(db, seasons[group.Key], [.. group.Select(t => t.Person)], SeasonJoin.Import, now, cancellationToken);
        }

        await audiences.StageAsync([.. touched.Select(t => t.Person)], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await invalidation.InvalidateAsync(touched.Where(t => existing.ContainsKey(t.Person.Id)).Select(t => Credentials.PersonKey(t.Person.Id)), cancellationToken);
    }

    private Person NewPerson(PlannedRow row, DateTimeOffset now)
    {
        var person = new Person
        {
            DisplayName = row.Row.DisplayName!,
            Status = AccountStatus.Invited,
            StatusChangedAt = now,
            CreatedAt = now,
            SecurityStamp = Guid.NewGuid().ToString("N"),
        };
        person.UserName = Person.PlaceholderUserName(person.Id);
        person.NormalizedUserName = normalizer.NormalizeName(person.UserName);
        return person;
    }

    private void Apply(Person person, PlannedRow row)
    {
        person.DisplayName = row.Row.DisplayName!;
        person.EmployeeId = row.Row.EmployeeId ?? person.EmployeeId;
        if (row.Row.Email is { } email)
        {
            person.Email = email;
            person.NormalizedEmail = normalizer.NormalizeEmail(email);
            person.EmailConfirmed = true;
        }

        person.OrgUnitId = row.OrgUnitId;
        person.Position = row.Row.Position ?? person.Position;
        person.EmploymentType = row.EmploymentType;
        person.StartDate = row.StartDate ?? person.StartDate;
        person.EndDate = row.EndDate ?? person.EndDate;
        person.Tags = row.Row.Tags is null ? person.Tags : PersonRules.StoredTags(ImportPlanner.SplitList(row.Row.Tags));
        person.Languages = row.Row.Languages is null ? person.Languages : PersonRules.StoredLanguages(ImportPlanner.SplitList(row.Row.Languages));
    }
}
