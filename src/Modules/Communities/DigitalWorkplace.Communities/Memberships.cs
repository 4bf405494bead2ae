using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities;

/// <summary>Adding a member, shared by joining and being added, so both publish the same event.</summary>
internal static class Memberships
{
    /// <summary>Adds the person as a member with its event; false when they already were one (nothing written).</summary>
    public static async Task<bool> AddAsync(CommunitiesDbContext db, CommunityCache cache, Guid communityId, Guid personId, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.Memberships.AnyAsync(m => m.CommunityId == communityId && m.PersonId == personId, cancellationToken))
        {
            return false;
        }

        db.Memberships.Add(new Membership { CommunityId = communityId, PersonId = personId, Role = CommunityRole.Member, JoinedAt = clock.GetUtcNow() });
        db.Publish(new MemberJoinedIntegrationEvent(communityId, personId), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await cache.MembershipsChangedAsync(personId, cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // A double click: the other request added the membership and its event.
            if (await AddedMeanwhileAsync(db, communityId, personId, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private static async Task<bool> AddedMeanwhileAsync(CommunitiesDbContext db, Guid communityId, Guid personId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Memberships.AnyAsync(m => m.CommunityId == communityId && m.PersonId == personId, cancellationToken);
    }
}
