using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.AnswerInvitation;

/// <summary>The invited person accepts (they become a member, in the same save) or declines; without a waiting invitation, 404.</summary>
internal sealed record AnswerInvitation(Guid CommunityId, bool Accept) : ICommand<Result<CommunitySummary>>;

internal sealed class AnswerInvitationAuthorizer(CommunityPolicy policy) : IAuthorizer<AnswerInvitation>
{
    public async ValueTask<Error?> AuthorizeAsync(AnswerInvitation message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.SeeAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class AnswerInvitationHandler(CommunitiesDbContext db, CommunityCache cache, CommunityPolicy policy, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<AnswerInvitation, Result<CommunitySummary>>
{
    public async ValueTask<Result<CommunitySummary>> Handle(AnswerInvitation command, CancellationToken cancellationToken)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.CommunityId == command.CommunityId && i.PersonId == user.PersonId && i.AnsweredAt == null, cancellationToken);
        if (invitation is null)
        {
            return Error.NotFound("community.invitation_not_found");
        }

        if (command.Accept && await policy.MayBecomeMemberAsync(user.PersonId, command.CommunityId, cancellationToken) is { } refused)
        {
            return refused;
        }

        invitation.AnsweredAt = clock.GetUtcNow();
        invitation.Accepted = command.Accept;
        // Accepted: the membership and its event in the same save as the answer (unless they became a member meanwhile).
        if (!command.Accept || !await Memberships.AddAsync(db, cache, command.CommunityId, user.PersonId, clock, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return (await db.SummaryAsync(command.CommunityId, user.PersonId, cancellationToken))!;
    }
}
