using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;

namespace DigitalWorkplace.Communities.Features.JoinCommunity;

/// <summary>
/// The current person joins a public community. Joining again changes nothing; a private community
/// refuses self-joins (its owners, moderators or an administrator add members).
/// </summary>
internal sealed record JoinCommunity(Guid CommunityId) : ICommand<Result<CommunitySummary>>;

/// <summary>Anyone who sees the community may ask to join it (a guest sees only theirs).</summary>
internal sealed class JoinCommunityAuthorizer(CommunityPolicy policy) : IAuthorizer<JoinCommunity>
{
    public async ValueTask<Error?> AuthorizeAsync(JoinCommunity message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.SeeAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class JoinCommunityHandler(CommunitiesDbContext db, CommunityCache cache, CommunityPolicy policy, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<JoinCommunity, Result<CommunitySummary>>
{
    public async ValueTask<Result<CommunitySummary>> Handle(JoinCommunity command, CancellationToken cancellationToken)
    {
        var community = await db.SummaryAsync(command.CommunityId, user.PersonId, cancellationToken);
        if (community is null)
        {
            return CommunityPolicy.NotFound;
        }

        if (community.IsMember)
        {
            return community;
        }

        if ((CommunityPolicy.SelfJoin(community) ?? await policy.MayBecomeMemberAsync(user.PersonId, community.Id, cancellationToken)) is { } refused)
        {
            return refused;
        }

        var added = await Memberships.AddAsync(db, cache, community.Id, user.PersonId, clock, cancellationToken);
        return community with { MemberCount = community.MemberCount + (added ? 1 : 0), IsMember = true };
    }
}
