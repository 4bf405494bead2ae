using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Communities;

/// <summary>
/// The one place that decides who may see and do what in communities; endpoints, other modules (through
/// <see cref="ICommunityAccess"/>), search trimming and the hub all ask here. Deny by default.
/// Public communities are read by anyone signed in; private ones are listed to everyone (name and
/// description) but only members read their posts and members; secret ones exist only for their members (and
/// administrators), joined by being added, never by asking. Something a person may not read is
/// "not found", so private content cannot be probed. A guest (Identity's <see cref="IGuestAccess"/>) sees only the
/// communities their sponsor chose: every other one, public or not, does not exist for them.
/// </summary>
internal sealed class CommunityPolicy(CommunityCache cache, IGuestAccess guests, CommunitiesDbContext db, TimeProvider clock) : ICommunityAccess
{
    public static readonly Error NotFound = Error.NotFound("community.not_found");

    public async Task<bool> CanReadAsync(Guid personId, Guid communityId, CancellationToken cancellationToken) =>
        (await cache.CatalogAsync(cancellationToken)).TryGetValue(communityId, out var community)
        && await IsWithinGuestScopeAsync(personId, communityId, cancellationToken)
        && (community.Visibility == CommunityVisibility.Public || (await cache.MembershipsAsync(personId, cancellationToken)).ContainsKey(communityId));

    /// <summary>Only members post, comment and react, whatever the visibility; not a muted member, nor anyone in an archived community.</summary>
    public async Task<bool> CanPostAsync(Guid personId, Guid communityId, CancellationToken cancellationToken) =>
        await PostRefusalAsync(personId, communityId, cancellationToken) is null;

    public static readonly Error MembersOnly = Error.Forbidden("community.members_only", "Only members post, comment and react in this community.");

    public static readonly Error CharterNotAccepted =
        Error.Forbidden("community.charter_not_accepted", "Read and accept the community's charter (it may have changed) before writing in it.");

    public static readonly Error Archived = Error.Forbidden("community.archived", "This community is archived: it is kept to be read, not written in.");

    public async Task<Error?> PostRefusalAsync(Guid personId, Guid communityId, CancellationToken cancellationToken)
    {
        if (!await CanReadAsync(personId, communityId, cancellationToken))
        {
            return NotFound;
        }

        if (!(await cache.MembershipsAsync(personId, cancellationToken)).ContainsKey(communityId))
        {
            return MembersOnly;
        }

        var community = (await cache.CatalogAsync(cancellationToken))[communityId];
        if (community.IsArchived)
        {
            return Archived;
        }

        if (await MutedUntilAsync(personId, communityId, cancellationToken) is { } until)
        {
            return Error.Forbidden("community.muted", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"A moderator muted you in this community until {until:u}: you can read, not write."));
        }

        return (await cache.MemberStatesAsync(personId, cancellationToken)).GetValueOrDefault(communityId)?.CharterAcceptedVersion < community.CharterVersion
            ? CharterNotAccepted
            : null;
    }

    public async Task<DateTimeOffset?> MutedUntilAsync(Guid personId, Guid communityId, CancellationToken cancellationToken) =>
        (await cache.MemberStatesAsync(personId, cancellationToken)).GetValueOrDefault(communityId)?.MutedUntil is { } until && until > clock.GetUtcNow() ? until : null;

    public async Task<PublishingRules> PublishingRulesAsync(Guid communityId, CancellationToken cancellationToken) =>
        (await cache.CatalogAsync(cancellationToken)).TryGetValue(communityId, out var community) ? community.Rules : PublishingRules.None;

    public async Task<IReadOnlyCollection<Guid>> MembershipsAsync(Guid personId, CancellationToken cancellationToken)
    {
        var memberships = (await cache.MembershipsAsync(personId, cancellationToken)).Keys;
        return await guests.ScopeOfAsync(personId, cancellationToken) is { } guest ? [.. memberships.Where(guest.CommunityIds.Contains)] : [.. memberships];
    }

    public async Task<IReadOnlyCollection<Guid>> ReadableAsync(Guid personId, CancellationToken cancellationToken)
    {
        var memberships = await cache.MembershipsAsync(personId, cancellationToken);
        var guest = await guests.ScopeOfAsync(personId, cancellationToken);
        return [.. (await cache.CatalogAsync(cancellationToken))
            .Where(c => guest is null || guest.CommunityIds.Contains(c.Key))
            .Where(c => c.Value.Visibility == CommunityVisibility.Public || memberships.ContainsKey(c.Key))
            .Select(c => c.Key)];
    }

    public async Task<IReadOnlyCollection<Guid>> ModeratedAsync(Guid personId, CancellationToken cancellationToken) =>
        [.. (await cache.MembershipsAsync(personId, cancellationToken)).Where(m => m.Value is CommunityRole.Owner or CommunityRole.Moderator).Select(m => m.Key)];

    public async Task<IReadOnlySet<Guid>> MembersOfAsync(IReadOnlyCollection<Guid> communityIds, CancellationToken cancellationToken)
    {
        var ids = communityIds.Distinct().ToList();
        return ids.Count == 0
            ? new HashSet<Guid>()
            : (await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.CommunityId)).Select(m => m.PersonId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>
    /// Every signed-in person sees that a public or private community exists (it is listed), a guest only theirs, and a
    /// secret one only its members (and administrators); null when they may.
    /// </summary>
    public async Task<Error?> SeeAsync(ICurrentUser user, Guid communityId, CancellationToken cancellationToken) =>
        (await cache.CatalogAsync(cancellationToken)).TryGetValue(communityId, out var community)
        && await IsWithinGuestScopeAsync(user.PersonId, communityId, cancellationToken)
        && (community.Visibility != CommunityVisibility.Secret || user.IsAdministrator
            || (await cache.MembershipsAsync(user.PersonId, cancellationToken)).ContainsKey(communityId)
            || await IsInvitedAsync(user.PersonId, communityId, cancellationToken))
            ? null
            : NotFound;

    /// <summary>An invitation waiting for an answer lets its person see the community they are asked into (a secret one too).</summary>
    public Task<bool> IsInvitedAsync(Guid personId, Guid communityId, CancellationToken cancellationToken) =>
        db.Invitations.AnyAsync(i => i.CommunityId == communityId && i.PersonId == personId && i.AnsweredAt == null, cancellationToken);

    /// <summary>The communities the person may know of: all but the secret ones they are not in, or a guest's own.</summary>
    public async Task<Func<Guid, bool>> ListableAsync(ICurrentUser user, CancellationToken cancellationToken)
    {
        var catalog = await cache.CatalogAsync(cancellationToken);
        var memberships = await cache.MembershipsAsync(user.PersonId, cancellationToken);
        var administrator = user.IsAdministrator;
        bool Visible(Guid id) => administrator || memberships.ContainsKey(id) || (catalog.TryGetValue(id, out var c) && c.Visibility != CommunityVisibility.Secret);
        return await guests.ScopeOfAsync(user.PersonId, cancellationToken) is { } guest ? id => guest.CommunityIds.Contains(id) && Visible(id) : Visible;
    }

    /// <summary>Why the person may not be made a member (a guest outside their sponsor's choice, banned), or null.</summary>
    public async Task<Error?> MayBecomeMemberAsync(Guid personId, Guid communityId, CancellationToken cancellationToken) =>
        !await IsWithinGuestScopeAsync(personId, communityId, cancellationToken)
            ? Error.Conflict("community.guest_outside_scope", "This person is a guest: they join only the communities their sponsor chose.")
            : await db.Bans.AnyAsync(b => b.CommunityId == communityId && b.PersonId == personId, cancellationToken)
                ? Banned
                : (await cache.CatalogAsync(cancellationToken)).TryGetValue(communityId, out var community) && community.IsArchived
                    ? Archived
                    : null;

    public static readonly Error Banned = Error.Forbidden("community.banned", "This person is banned from the community: its moderators lift bans.");

    private async Task<bool> IsWithinGuestScopeAsync(Guid personId, Guid communityId, CancellationToken cancellationToken) =>
        await guests.ScopeOfAsync(personId, cancellationToken) is not { } guest || guest.CommunityIds.Contains(communityId);

    /// <summary>Members-only content (posts, the member list): 404 for anyone who may not read it.</summary>
    public async Task<Error?> ReadAsync(ICurrentUser user, Guid communityId, CancellationToken cancellationToken) =>
        await CanReadAsync(user.PersonId, communityId, cancellationToken) ? null : NotFound;

    /// <summary>Anyone joins a public community; a private one is joined only by being added.</summary>
    public static Error? SelfJoin(CommunitySummary community) =>
        community.Visibility == CommunityVisibility.Public
            ? null
            : Error.Conflict("community.join_requires_approval", "This community is private: ask one of its owners or moderators to add you.");

    /// <summary>Communications (and administrators) create official (brand) communities; guests create none (nor learn names by trying).</summary>
    public async Task<Error?> CreateAsync(ICurrentUser user, bool isOfficial, CancellationToken cancellationToken)
    {
        if (await guests.ScopeOfAsync(user.PersonId, cancellationToken) is not null)
        {
            return Error.Forbidden("community.guest", "Guests use the communities they were given; they do not create others.");
        }

        return isOfficial && !user.HasRole(PlatformRoleClaims.Communications)
            ? Error.Forbidden("community.official_requires_communications", "Only communications and administrators create official communities.")
            : null;
    }

    /// <summary>
    /// May the person bring someone in (a guest's sponsor choosing their communities): anyone who reads a public
    /// community, the owners and moderators of a private one.
    /// </summary>
    public async Task<bool> MayBringInAsync(Guid personId, Guid communityId, CancellationToken cancellationToken)
    {
        if (!(await cache.CatalogAsync(cancellationToken)).TryGetValue(communityId, out var community) || !await CanReadAsync(personId, communityId, cancellationToken))
        {
            return false;
        }

        return community.Visibility == CommunityVisibility.Public
            || (await cache.MembershipsAsync(personId, cancellationToken)).GetValueOrDefault(communityId) is CommunityRole.Owner or CommunityRole.Moderator;
    }

    /// <summary>Owners, moderators and administrators add members; others get 403 if they can read the community, else 404.</summary>
    public async Task<Error?> ManageMembersAsync(ICurrentUser user, Guid communityId, CancellationToken cancellationToken)
    {
        if (!(await cache.CatalogAsync(cancellationToken)).TryGetValue(communityId, out var community) || !await IsWithinGuestScopeAsync(user.PersonId, communityId, cancellationToken))
        {
            return NotFound;
        }

        CommunityRole? role = (await cache.MembershipsAsync(user.PersonId, cancellationToken)).TryGetValue(communityId, out var held) ? held : null;
        if (user.IsAdministrator || role is CommunityRole.Owner or CommunityRole.Moderator)
        {
            return null;
        }

        return community.Visibility == CommunityVisibility.Public || role is not null
            ? Error.Forbidden("community.managers_only", "Only the community's owners and moderators add members.")
            : NotFound;
    }

    /// <summary>Owners and administrators change roles and hand a community over; moderators and members get 403, outsiders 404.</summary>
    public async Task<Error?> ManageRolesAsync(ICurrentUser user, Guid communityId, CancellationToken cancellationToken)
    {
        if (await ManageMembersAsync(user, communityId, cancellationToken) is { } refused)
        {
            return refused;
        }

        return user.IsAdministrator || (await cache.MembershipsAsync(user.PersonId, cancellationToken)).GetValueOrDefault(communityId) == CommunityRole.Owner
            ? null
            : Error.Forbidden("community.owners_only", "Only the community's owners change roles.");
    }

    /// <summary>
    /// The person's memberships read from the database now, not from the cache: the hub's group sync runs after a
    /// membership event and must see that change even if the cache's invalidation has not reached this node yet.
    /// </summary>
    public async Task<IReadOnlyCollection<Guid>> CurrentMembershipsAsync(Guid personId, CancellationToken cancellationToken)
    {
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.PersonId == personId).Select(m => m.CommunityId).ToListAsync(cancellationToken);
        return await guests.ScopeOfAsync(personId, cancellationToken) is { } guest ? [.. memberships.Where(guest.CommunityIds.Contains)] : memberships;
    }
}
