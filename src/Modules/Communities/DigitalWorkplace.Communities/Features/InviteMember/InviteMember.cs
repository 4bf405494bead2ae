using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Features.InviteMember;

/// <summary>
/// An owner or moderator invites someone — the way into a secret community that asks rather than adds. The person is
/// told, sees the community and decides. Inviting a member changes nothing; inviting again after a refusal asks again.
/// </summary>
internal sealed record InviteMember(Guid CommunityId, Guid? PersonId) : ICommand<Result<Done>>, IValidatable
{
    public const int DaysAfterDecline = 7;

    public void Validate(Validator validator) => validator.That(PersonId is { } id && id != Guid.Empty, "personId", FieldError.Required());
}

internal sealed class InviteMemberAuthorizer(CommunityPolicy policy) : IAuthorizer<InviteMember>
{
    public async ValueTask<Error?> AuthorizeAsync(InviteMember message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class InviteMemberHandler(CommunitiesDbContext db, CommunityPolicy policy, IPeopleDirectory people, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<InviteMember, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(InviteMember command, CancellationToken cancellationToken)
    {
        var personId = command.PersonId!.Value;
        if (!(await people.GetManyAsync([personId], cancellationToken)).ContainsKey(personId))
        {
            return Error.NotFound("person.not_found", "No such person.");
        }

        if (await policy.MayBecomeMemberAsync(personId, command.CommunityId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await db.Memberships.AnyAsync(m => m.CommunityId == command.CommunityId && m.PersonId == personId, cancellationToken))
        {
            return Done.Value;
        }

        var community = await db.Communities.AsNoTracking().FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.CommunityId == community.Id && i.PersonId == personId, cancellationToken);
        if (invitation is { AnsweredAt: null })
        {
            return Done.Value;
        }

        // Declined: not asked again for a week, so an invitation cannot be turned into a stream of notifications.
        if (invitation is { Accepted: false, AnsweredAt: { } declinedAt } && declinedAt > clock.GetUtcNow().AddDays(-InviteMember.DaysAfterDecline))
        {
            return Error.Conflict("community.invitation_declined", "This person declined an invitation recently: ask them again later.");
        }

        if (invitation is null)
        {
            invitation = new CommunityInvitation { CommunityId = community.Id, PersonId = personId, InvitedBy = user.PersonId, InvitedAt = clock.GetUtcNow() };
            db.Invitations.Add(invitation);
        }

        invitation.InvitedBy = user.PersonId;
        invitation.InvitedAt = clock.GetUtcNow();
        invitation.AnsweredAt = null;
        invitation.Accepted = null;
        db.Publish(new MemberInvitedIntegrationEvent(community.Id, community.Name, personId, user.PersonId), clock);
        audit.Record(db, "community.member-invited", MemberRoles.Subject(community), after: AuditTrail.Fields(("personId", personId)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double tap: the other request invited them.
        }

        return Done.Value;
    }
}
