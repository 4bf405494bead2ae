using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Auditing;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Accounts;

/// <summary>
/// The one way an account stops (suspended, ended) or starts again, for one person or a whole season: the status, the
/// revocation of every session and personal token, and the integration event in one transaction; then every node's
/// cached credentials of those people are invalidated, so their next request — and their live connection at its next
/// check — is refused. History (posts, progress) is untouched.
/// </summary>
internal sealed class AccountStatusChanges(AuditTrail audit, IdentityModuleDbContext db, AudienceMembership audiences, ICacheInvalidation invalidation, TimeProvider clock)
{
    /// <summary>Suspends or ends the accounts; returns how many changed (those already in that status are left alone).</summary>
    public async Task<int> EndAccessAsync(IReadOnlyCollection<Guid> personIds, AccountStatus status, CancellationToken cancellationToken)
    {
        try
        {
            return await TryEndAccessAsync(personIds, status, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node (or administrator) changed some of them first: read them again and do what is left.
            db.ChangeTracker.Clear();
            return await TryEndAccessAsync(personIds, status, cancellationToken);
        }
    }

    private async Task<int> TryEndAccessAsync(IReadOnlyCollection<Guid> personIds, AccountStatus status, CancellationToken cancellationToken)
    {
        if (status is not (AccountStatus.Suspended or AccountStatus.Ended))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Access ends by suspending or ending an account.");
        }

        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        List<string> keys;
        int changed;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var people = await db.Users.Where(p => personIds.Contains(p.Id) && p.Status != status).ToListAsync(cancellationToken);
            foreach (var person in people)
            {
                audit.Record(db, status == AccountStatus.Suspended ? "person.suspended" : "person.ended", AuditSubjects.Person(person),
                    AuditTrail.Fields(("status", person.Status)), AuditTrail.Fields(("status", status)));
                person.Status = status;
                person.StatusChangedAt = now;
                // Identity's concurrency token: a node ending the same account at the same moment fails instead of
                // publishing a second event.
                person.ConcurrencyStamp = Guid.NewGuid().ToString();
                if (status == AccountStatus.Ended && (person.EndDate is null || person.EndDate > today))
                {
                    person.EndDate = today;
                }

                db.Publish(new PersonAccessEndedIntegrationEvent(person.Id, status), clock);
            }

            // They leave their audiences (their onboarding and communities hear of it).
            await audiences.StageAsync(people, cancellationToken);
            var ids = people.Select(p => p.Id).ToList();
            keys = await RevokeCredentialsAsync(ids, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            changed = people.Count;
        }

        await invalidation.InvalidateAsync(keys, cancellationToken);

        return changed;
    }

    /// <summary>Makes the account active again, with new contract dates when given (a renewed season).</summary>
    public async Task ReactivateAsync(Person person, DateOnly? startDate, DateOnly? endDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(person);
        StageReactivation(person);
        person.StartDate = startDate ?? person.StartDate;
        // An ended contract's last day has come (ending someone makes today their last): without a new one the account
        // would end again at once.
        person.EndDate = endDate ?? (person.EndDate <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) ? null : person.EndDate);
        await audiences.StageAsync([person], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync(Credentials.PersonKey(person.Id), cancellationToken);
    }

    /// <summary>
    /// The one way an account comes back (by hand, with a returning season, from an import): active again, and said so
    /// by event; the caller sets the new contract, stages audiences, saves and invalidates.
    /// </summary>
    public void StageReactivation(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        // Someone who never signed up comes back invited: their link works again, nobody is active without a password —
        // except people a directory knows (provisioned, or signed in through Entra ID), who sign in through it.
        var before = person.Status;
        person.Status = person.PasswordHash is null && person.ProvisionedBy is null && person.ExternalId is null ? AccountStatus.Invited : AccountStatus.Active;
        person.StatusChangedAt = clock.GetUtcNow();
        audit.Record(db, "person.reactivated", AuditSubjects.Person(person), AuditTrail.Fields(("status", before)), AuditTrail.Fields(("status", person.Status)));
        db.Publish(new PersonReactivatedIntegrationEvent(person.Id), clock);
    }

    /// <summary>Every browser session of the person ends now (a changed password, a reset second factor); their tokens stay.</summary>
    public async Task EndSessionsAsync(Guid personId, CancellationToken cancellationToken)
    {
        var sessions = await DeleteSessionsAsync([personId], cancellationToken);
        await invalidation.InvalidateAsync([Credentials.PersonKey(personId), .. sessions], cancellationToken);
    }

    // Deleted sessions and revoked tokens, and the cache keys that still remember them.
    private async Task<List<string>> RevokeCredentialsAsync(List<Guid> personIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0)
        {
            return [];
        }

        var sessions = await DeleteSessionsAsync(personIds, cancellationToken);
        var tokenHashes = await db.AccessTokens.Where(t => personIds.Contains(t.PersonId) && t.RevokedAt == null).Select(t => t.Hash).ToListAsync(cancellationToken);
        await db.AccessTokens.Where(t => personIds.Contains(t.PersonId) && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), cancellationToken);
        return [.. personIds.Select(Credentials.PersonKey), .. sessions, .. tokenHashes.Select(Credentials.TokenKey)];
    }

    // The sessions' cache keys, for the caller to invalidate once the rows are gone.
    private async Task<List<string>> DeleteSessionsAsync(List<Guid> personIds, CancellationToken cancellationToken)
    {
        var keys = await db.Sessions.Where(s => personIds.Contains(s.PersonId)).Select(s => s.Key).ToListAsync(cancellationToken);
        await db.Sessions.Where(s => personIds.Contains(s.PersonId)).ExecuteDeleteAsync(cancellationToken);
        return [.. keys.Select(Credentials.SessionKey)];
    }
}
