using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities;

/// <summary>
/// Members by audience, in bulk: those entering a linked audience become members (unless banned, a guest outside their
/// scope, already in, or the community is archived), those leaving all of them go — but only if the audience made them
/// members, and never an owner or moderator. Idempotent: a redelivered change finds nothing left to do.
/// </summary>
internal sealed class AudienceMemberships(CommunitiesDbContext db, CommunityCache cache, IGuestAccess guests, IAudiences audiences, Events.EventAnswers answers, TimeProvider clock)
{
    /// <summary>Adds them; someone joining in the same instant makes the save fail once, and the page is worked out again.</summary>
    public async Task<int> AddAsync(Guid communityId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        try
        {
            return await AddOnceAsync(communityId, personIds, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await AddOnceAsync(communityId, personIds, cancellationToken);
        }
    }

    private async Task<int> AddOnceAsync(Guid communityId, IReadOnlyCollection<Guid> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        if (ids.Count == 0 || (await cache.CatalogAsync(cancellationToken)).GetValueOrDefault(communityId) is not { IsArchived: false })
        {
            return 0;
        }

        var members = await db.Memberships.Where(m => m.CommunityId == communityId && ids.Contains(m.PersonId)).Select(m => m.PersonId).ToListAsync(cancellationToken);
        var banned = await db.Bans.Where(b => b.CommunityId == communityId && ids.Contains(b.PersonId)).Select(b => b.PersonId).ToListAsync(cancellationToken);
        var added = new List<Guid>();
        foreach (var personId in ids.Except(members).Except(banned))
        {
            if (await guests.ScopeOfAsync(personId, cancellationToken) is { } guest && !guest.CommunityIds.Contains(communityId))
            {
                continue;
            }

            db.Memberships.Add(new Membership { CommunityId = communityId, PersonId = personId, Role = CommunityRole.Member, JoinedAt = clock.GetUtcNow(), ViaAudience = true });
            db.Publish(new MemberJoinedIntegrationEvent(communityId, personId), clock);
            added.Add(personId);
        }

        await SaveAsync(added, cancellationToken);
        return added.Count;
    }

    /// <summary>Those of <paramref name="personIds"/> the audiences made members and who are in none of <paramref name="stillLinked"/> now.</summary>
    public async Task<int> RemoveAsync(Guid communityId, IReadOnlyCollection<Guid> personIds, IReadOnlyCollection<Guid> stillLinked, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct().ToList();
        var candidates = await db.Memberships
            .Where(m => m.CommunityId == communityId && ids.Contains(m.PersonId) && m.ViaAudience && m.Role == CommunityRole.Member)
            .ToListAsync(cancellationToken);
        var removed = new List<Guid>();
        foreach (var membership in candidates)
        {
            if (stillLinked.Count > 0 && (await audiences.MembershipsAsync(membership.PersonId, stillLinked, cancellationToken)).Count > 0)
            {
                continue;
            }

            db.Memberships.Remove(membership);
            db.Publish(new MemberLeftIntegrationEvent(communityId, membership.PersonId), clock);
            await answers.ForgetAsync(communityId, membership.PersonId, cancellationToken);
            removed.Add(membership.PersonId);
        }

        await SaveAsync(removed, cancellationToken);
        return removed.Count;
    }

    private async Task SaveAsync(List<Guid> changed, CancellationToken cancellationToken)
    {
        if (changed.Count == 0)
        {
            return;
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var personId in changed)
        {
            await cache.MembershipsChangedAsync(personId, cancellationToken);
        }
    }
}
