using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Features.RequestToJoin;

/// <summary>
/// Asks to join a private community: its owners and moderators are told and decide. Asking twice changes nothing;
/// asking again after a refusal reopens the request. A public community is simply joined; a secret one cannot be asked
/// for (it does not exist for the asker).
/// </summary>
internal sealed record RequestToJoin(Guid CommunityId, string? Message) : ICommand<Result<JoinRequestDto>>, IValidatable
{
    public void Validate(Validator validator) => validator.MaxLength("message", Message, JoinRequest.MessageMaxLength);
}

internal sealed class RequestToJoinAuthorizer(CommunityPolicy policy) : IAuthorizer<RequestToJoin>
{
    public async ValueTask<Error?> AuthorizeAsync(RequestToJoin message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.SeeAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class RequestToJoinHandler(CommunitiesDbContext db, CommunityPolicy policy, ICurrentUser user, TimeProvider clock) : ICommandHandler<RequestToJoin, Result<JoinRequestDto>>
{
    public async ValueTask<Result<JoinRequestDto>> Handle(RequestToJoin command, CancellationToken cancellationToken)
    {
        var community = await db.Communities.AsNoTracking().FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        if (community.Visibility != CommunityVisibility.Private)
        {
            return Error.Conflict("community.join_directly", "This community is public: join it directly.");
        }

        if (await db.Memberships.AnyAsync(m => m.CommunityId == community.Id && m.PersonId == user.PersonId, cancellationToken))
        {
            return Error.Conflict("community.already_member", "You are already a member.");
        }

        if (await policy.MayBecomeMemberAsync(user.PersonId, community.Id, cancellationToken) is { } refused)
        {
            return refused;
        }

        var request = await db.JoinRequests.FirstOrDefaultAsync(r => r.CommunityId == community.Id && r.PersonId == user.PersonId, cancellationToken);
        if (request is { Status: JoinRequestStatus.Pending })
        {
            return JoinRequests.ToDto(request);
        }

        if (request is null)
        {
            request = new JoinRequest { CommunityId = community.Id, PersonId = user.PersonId };
            db.JoinRequests.Add(request);
        }

        request.Status = JoinRequestStatus.Pending;
        request.Message = string.IsNullOrWhiteSpace(command.Message) ? null : command.Message.Trim();
        request.RequestedAt = clock.GetUtcNow();
        request.DecidedAt = null;
        request.DecidedBy = null;
        var managers = await db.Memberships.Where(m => m.CommunityId == community.Id && (m.Role == CommunityRole.Owner || m.Role == CommunityRole.Moderator))
            .Select(m => m.PersonId).ToListAsync(cancellationToken);
        db.Publish(new JoinRequestedIntegrationEvent(community.Id, community.Name, user.PersonId, managers), clock);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double tap: the other request wrote it.
            db.ChangeTracker.Clear();
            return JoinRequests.ToDto(await db.JoinRequests.AsNoTracking().FirstAsync(r => r.CommunityId == community.Id && r.PersonId == user.PersonId, cancellationToken));
        }

        return JoinRequests.ToDto(request);
    }
}
