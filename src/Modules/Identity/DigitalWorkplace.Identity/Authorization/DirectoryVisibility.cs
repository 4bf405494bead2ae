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

        var visible = new HashSet<Guid>(await communities.MembersOfAsync([.. guest.CommunityIds], cancellationToken)) { guest.SponsorId, user.PersonId };
        return visible;
    }

    public async Task<bool> MaySeeAsync(Guid personId, CancellationToken cancellationToken) =>
        await VisiblePeopleAsync(cancellationToken) is not { } visible || visible.Contains(personId);
}
