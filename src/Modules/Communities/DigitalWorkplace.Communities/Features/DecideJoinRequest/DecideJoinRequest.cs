using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Features.DecideJoinRequest;

/// <summary>An owner or moderator approves (the person becomes a member) or declines a waiting request; the requester is told.</summary>
internal sealed record DecideJoinRequest(Guid CommunityId, Guid PersonId, bool Approve) : ICommand<Result<JoinRequestDto>>;

internal sealed class DecideJoinRequestAuthorizer(CommunityPolicy policy) : IAuthorizer<DecideJoinRequest>
{
    public async ValueTask<Error?> AuthorizeAsync(DecideJoinRequest message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class DecideJoinRequestHandler(CommunitiesDbContext db, CommunityCache cache, CommunityPolicy policy, ICurrentUser user, AuditTrail audit, TimeProvider clock)
    : ICommandHandler<DecideJoinRequest, Result<JoinRequestDto>>
{
    public async ValueTask<Result<JoinRequestDto>> Handle(DecideJoinRequest command, CancellationToken cancellationToken)
    {
        var request = await db.JoinRequests.FirstOrDefaultAsync(
            r => r.CommunityId == command.CommunityId && r.PersonId == command.PersonId && r.Status == JoinRequestStatus.Pending, cancellationToken);
        if (request is null)
        {
            return Error.NotFound("community.join_request_not_found");
        }

        if (command.Approve && await policy.MayBecomeMemberAsync(command.PersonId, command.CommunityId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var community = await db.Communities.AsNoTracking().FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        request.Status = command.Approve ? JoinRequestStatus.Approved : JoinRequestStatus.Declined;
        request.DecidedAt = clock.GetUtcNow();
        request.DecidedBy = user.PersonId;
        db.Publish(new JoinRequestDecidedIntegrationEvent(community.Id, community.Name, command.PersonId, command.Approve), clock);
        audit.Record(db, command.Approve ? "community.join-approved" : "community.join-declined",
            new BuildingBlocks.Auditing.AuditSubject("community", community.Id.ToString(), community.Name), after: AuditTrail.Fields(("personId", command.PersonId)));
        // Approved: the membership and its event in the same save as the decision (unless they became a member meanwhile).
        if (!command.Approve || !await Memberships.AddAsync(db, cache, community.Id, command.PersonId, clock, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return JoinRequests.ToDto(request);
    }
}
