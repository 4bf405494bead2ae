using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities.Features.MuteMember;

/// <summary>
/// A moderator mutes a member for some days (they keep reading, but do not post, comment or react), or lifts it
/// (<see cref="Days"/> null). Takes effect at once on every node (the mute is cached with the memberships).
/// </summary>
internal sealed record MuteMember(Guid CommunityId, Guid PersonId, int? Days) : ICommand<Result<CommunityMemberDto>>, IValidatable
{
    public const int MaxDays = 365;

    public void Validate(Validator validator) => validator.InRange("days", Days, 1, MaxDays);
}

internal sealed class MuteMemberAuthorizer(CommunityPolicy policy) : IAuthorizer<MuteMember>
{
    public async ValueTask<Error?> AuthorizeAsync(MuteMember message, ICurrentUser user, CancellationToken cancellationToken) =>
        await policy.ManageMembersAsync(user, message.CommunityId, cancellationToken);
}

internal sealed class MuteMemberHandler(CommunitiesDbContext db, CommunityCache cache, CommunityPolicy policy, ICurrentUser user, AuditTrail audit, IPeopleDirectory people, TimeProvider clock)
    : ICommandHandler<MuteMember, Result<CommunityMemberDto>>
{
    public async ValueTask<Result<CommunityMemberDto>> Handle(MuteMember command, CancellationToken cancellationToken)
    {
        var found = await MemberRoles.ActableAsync(db, policy, user, command.CommunityId, command.PersonId, cancellationToken);
        if (found.Error is { } refused)
        {
            return refused;
        }

        var membership = found.Value!;

        var community = await db.Communities.AsNoTracking().FirstAsync(c => c.Id == command.CommunityId, cancellationToken);
        membership.MutedUntil = command.Days is { } days ? clock.GetUtcNow().AddDays(days) : null;
        audit.RecordChanges(db, command.Days is null ? "community.member-unmuted" : "community.member-muted", MemberRoles.Subject(community), db.Entry(membership));
        await db.SaveChangesAsync(cancellationToken);
        await cache.MembershipsChangedAsync(command.PersonId, cancellationToken);
        return await MemberRoles.ToDtoAsync(membership, people, cancellationToken);
    }
}
