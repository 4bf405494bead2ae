using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Privacy;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Privacy;

/// <summary>The communities a person belongs to (and only those), with their role, for their own archive.</summary>
internal sealed class CommunitiesPersonalData(CommunitiesDbContext db) : IPersonalDataSource
{
    public string Name => "communities";

    public async Task<object> ExportAsync(Guid personId, CancellationToken cancellationToken) => new
    {
        Memberships = await (
            from m in db.Memberships.AsNoTracking()
            where m.PersonId == personId
            join c in db.Communities on m.CommunityId equals c.Id
            orderby m.JoinedAt
            select new { CommunityId = c.Id, Community = c.Name, m.Role, m.JoinedAt, m.MutedUntil }).ToListAsync(cancellationToken),
        Bans = await db.Bans.AsNoTracking().Where(b => b.PersonId == personId).Select(b => new { b.CommunityId, b.Reason, b.BannedAt }).ToListAsync(cancellationToken),
        EventAnswers = await (
            from r in db.Rsvps.AsNoTracking()
            where r.PersonId == personId
            join e in db.Events on r.EventId equals e.Id
            orderby e.StartsAt
            select new { EventId = e.Id, e.Title, e.StartsAt, Response = r.Response.ToString(), r.Waitlisted, r.RespondedAt }).ToListAsync(cancellationToken),
        HelpRequests = await db.SupportRequests.AsNoTracking().Where(r => r.PersonId == personId).OrderBy(r => r.Id)
            .Select(r => new
            {
                r.Id, Category = r.Category.ToString(), r.Text, r.Page, Status = r.Status.ToString(), r.CreatedAt,
                Messages = db.SupportMessages.Where(m => m.RequestId == r.Id).OrderBy(m => m.Id).Select(m => new { m.FromSupport, m.Text, m.At }).ToList(),
            }).ToListAsync(cancellationToken),
        Invitations = await db.Invitations.AsNoTracking().Where(i => i.PersonId == personId).Select(i => new { i.CommunityId, i.InvitedAt, i.AnsweredAt, i.Accepted }).ToListAsync(cancellationToken),
        CalendarFeedSince = await db.CalendarFeeds.AsNoTracking().Where(f => f.PersonId == personId).Select(f => (DateTimeOffset?)f.CreatedAt).FirstOrDefaultAsync(cancellationToken),
        JoinRequests = await db.JoinRequests.AsNoTracking().Where(r => r.PersonId == personId)
            .Select(r => new { r.CommunityId, r.Status, r.Message, r.RequestedAt, r.DecidedAt }).ToListAsync(cancellationToken),
    };
}

/// <summary>An erased person leaves every community (the hub and feeds hear of it, as for anyone leaving).</summary>
[IntegrationEventSubscriber("communities.erase-person")]
internal sealed class ErasePersonFromCommunities(CommunitiesDbContext db, CommunityCache cache, Events.EventAnswers answers, TimeProvider clock) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public async Task HandleAsync(PersonErasedIntegrationEvent erased, CancellationToken cancellationToken)
    {
        var memberships = await db.Memberships.Where(m => m.PersonId == erased.PersonId).ToListAsync(cancellationToken);
        foreach (var membership in memberships)
        {
            db.Memberships.Remove(membership);
            db.Publish(new MemberLeftIntegrationEvent(membership.CommunityId, erased.PersonId), clock);
            await answers.ForgetAsync(membership.CommunityId, erased.PersonId, cancellationToken);
        }

        db.JoinRequests.RemoveRange(await db.JoinRequests.Where(r => r.PersonId == erased.PersonId).ToListAsync(cancellationToken));
        db.Bans.RemoveRange(await db.Bans.Where(b => b.PersonId == erased.PersonId).ToListAsync(cancellationToken));
        db.Rsvps.RemoveRange(await db.Rsvps.Where(r => r.PersonId == erased.PersonId).ToListAsync(cancellationToken));
        db.Invitations.RemoveRange(await db.Invitations.Where(i => i.PersonId == erased.PersonId).ToListAsync(cancellationToken));
        db.CalendarFeeds.RemoveRange(await db.CalendarFeeds.Where(f => f.PersonId == erased.PersonId).ToListAsync(cancellationToken));
        // Their help requests go whole (thread and screenshot, by cascade); what they answered as support stays, unsigned.
        db.SupportRequests.RemoveRange(await db.SupportRequests.Where(r => r.PersonId == erased.PersonId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        await cache.MembershipsChangedAsync(erased.PersonId, cancellationToken);
    }
}
