using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Features.BanMember;

/// <summary>
/// A moderator bans someone, in one save: they stop being a member (and stop reading a private community at once), a
/// waiting request to join is declined, and they cannot join, ask or be added again until unbanned. Banning twice
/// changes nothing. Moderators ban members and outsiders; owners and moderators are banned by an owner.
/// </summary>
internal sealed record BanMember(Guid CommunityId, Guid? PersonId, string? Reason) : ICommand<Result<CommunityBanDto>>, IValidatable
{
    public void Validate(Validator validator) => validator
        .That(PersonId is { } id && id != Guid.Empty, "personId", FieldError.Required())
        .MaxLength("reason", Reason, Ban.ReasonMaxLength);
}

internal sealed class BanMemberAuthorizer(CommunityPolicy policy) : IAuthorizer<BanMember>
{
    public async ValueTask<Error?> AuthorizeAsync(BanMember message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class BanMemberHandler(
    CommunitiesDbContext db, CommunityCache cache, CommunityPolicy policy, Events.EventAnswers answers, ICurrentUser user, AuditTrail audit, IPeopleDirectory people, TimeProvider clock)
    : ICommandHandler<BanMember, Result<CommunityBanDto>>
{
    public async ValueTask<Result<CommunityBanDto>> Handle(BanMember command, CancellationToken cancellationToken)
    {
        var personId = command.PersonId!.Value;
        var person = (await people.GetManyAsync([personId], cancellationToken)).GetValueOrDefault(personId);
        if (person is null)
        {
            return Error.NotFound("person.not_found", "No such person.");
        }

        if (await db.Bans.AsNoTracking().FirstOrDefaultAsync(b => b.CommunityId == command.CommunityId && b.PersonId == personId, cancellationToken) is { } existing)
        {
            return new CommunityBanDto(personId, person.DisplayName, existing.Reason, existing.BannedAt);
        }

        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.CommunityId == command.CommunityId && m.PersonId == personId, cancellationToken);
        if (membership is not null && await MemberRoles.MayActOnAsync(db, policy, user, membership, cancellationToken) is { } refused)
        {
            return refused;
        }

        var community = await db.Communities.AsNoTracking().FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        var ban = new Ban
        {
            CommunityId = community.Id,
            PersonId = personId,
            Reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(),
            BannedAt = clock.GetUtcNow(),
            BannedBy = user.PersonId,
        };
        db.Bans.Add(ban);
        if (membership is not null)
        {
            db.Memberships.Remove(membership);
            db.Publish(new MemberLeftIntegrationEvent(community.Id, personId), clock);
        }

        await answers.ForgetAsync(community.Id, personId, cancellationToken);
        // A waiting invitation would still show them the community (a secret one too): it is withdrawn with the ban.
        foreach (var invitation in await db.Invitations.Where(i => i.CommunityId == community.Id && i.PersonId == personId && i.AnsweredAt == null).ToListAsync(cancellationToken))
        {
            invitation.AnsweredAt = ban.BannedAt;
            invitation.Accepted = false;
        }

        foreach (var request in await db.JoinRequests.Where(r => r.CommunityId == community.Id && r.PersonId == personId && r.Status == JoinRequestStatus.Pending).ToListAsync(cancellationToken))
        {
            request.Status = JoinRequestStatus.Declined;
            request.DecidedAt = ban.BannedAt;
            request.DecidedBy = user.PersonId;
        }

        audit.Record(db, "community.member-banned", MemberRoles.Subject(community), after: AuditTrail.Fields(("personId", personId), ("reason", ban.Reason)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double tap: the other request banned them (and did the rest).
            db.ChangeTracker.Clear();
            var raced = await db.Bans.AsNoTracking().FirstAsync(b => b.CommunityId == community.Id && b.PersonId == personId, cancellationToken);
            return new CommunityBanDto(personId, person.DisplayName, raced.Reason, raced.BannedAt);
        }

        await cache.MembershipsChangedAsync(personId, cancellationToken);
        return new CommunityBanDto(personId, person.DisplayName, ban.Reason, ban.BannedAt);
    }
}
