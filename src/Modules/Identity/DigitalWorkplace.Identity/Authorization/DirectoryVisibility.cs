using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Identity.Authentication;

namespace DigitalWorkplace.Identity.Authorization;

/// <summary>
/// Who the current person may find in the directory: everyone, except for a guest, who sees only the people they share
/// one of their communities with, and their sponsor. Anyone else does not exist for them (404, absent from lists).
/// </summary>
internal sealed class DirectoryVisibility(Credentials credentials, ICommunityAccess communities, ICurrentUser user)
{
    /// <summary>The people the current person may see; null when that is everyone.</summary>
    public async Task<IReadOnlySet<Guid>?> VisiblePeopleAsync(CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated || await credentials.PersonAsync(user.PersonId, cancellationToken) is not { Guest: { } guest })
        {
            return null;
        }

        // The communities they are in now (within their scope), not every one they were given.
        var theirs = await communities.MembershipsAsync(user.PersonId, cancellationToken);
        var visible = new HashSet<Guid>(await communities.MembersOfAsync(theirs, cancellationToken)) { guest.SponsorId, user.PersonId };
        return visible;
    }

    /// <summary>Whether the current person is a guest (who sees no org structure and no one else's sponsor).</summary>
    public async Task<bool> IsGuestAsync(CancellationToken cancellationToken) =>
        user.IsAuthenticated && await credentials.PersonAsync(user.PersonId, cancellationToken) is { Guest: not null };

    public async Task<bool> MaySeeAsync(Guid personId, CancellationToken cancellationToken) =>
        await VisiblePeopleAsync(cancellationToken) is not { } visible || visible.Contains(personId);
}
