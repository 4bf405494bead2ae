using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Features.InvitePerson;
using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Identity.Invitations;

/// <summary>
/// A guest's terms, checked before they are invited: an expiry within a year, a sponsor who is an active colleague (not
/// a guest), and communities and apps that exist and that the inviter may open to someone — a public community they
/// read or a private one they own or moderate, an app they use themselves (administrators: any).
/// </summary>
internal sealed class GuestTermsCheck(
    Credentials credentials, Authorization.IdentityPolicy policy, ICommunityDirectory communities, ICommunityAccess communityAccess, IAppDirectory apps, ICurrentUser user, TimeProvider clock)
{
    public const int MaxDaysAhead = 366;

    /// <summary>The sponsor's id when the terms hold.</summary>
    public async Task<Result<Guid>> CheckAsync(GuestTerms terms, DateOnly endDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (ExpiryError(endDate, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)) is { } expiry)
        {
            return expiry;
        }

        // The inviter, or a colleague they administer: nobody is made responsible for a guest from across the network.
        var sponsorId = terms.SponsorId ?? (user.IsAuthenticated ? user.PersonId : Guid.Empty);
        var sponsor = await credentials.ActivePersonAsync(sponsorId, cancellationToken);
        var mayName = sponsorId == user.PersonId || user.IsAdministrator || (sponsor is not null && (await policy.ScopeOfAsync(user, cancellationToken)).ManagesPeopleAt(sponsor.OrgUnitId));
        if (sponsor is not { Guest: null } || !mayName)
        {
            return Error.Validation("sponsorId", FieldError.Rule("unknown_sponsor", "must be you, or an active colleague you administer who is not a guest."));
        }

        var refused = await CommunitiesError(terms.CommunityIds!, cancellationToken) ?? await AppsError(terms.AppIds ?? [], cancellationToken);
        return refused is null ? sponsorId : refused;
    }

    /// <summary>Why the inviter may not open these communities to a guest, or null: each exists and is theirs to open.</summary>
    public async Task<Error?> CommunitiesError(IReadOnlyCollection<Guid> communityIds, CancellationToken cancellationToken)
    {
        var ids = communityIds.Distinct().ToList();
        var known = await communities.NamesAsync(ids, cancellationToken);
        var mayOpen = true;
        if (!user.IsAdministrator)
        {
            foreach (var id in ids)
            {
                mayOpen &= await communityAccess.MayBringInAsync(user.PersonId, id, cancellationToken);
            }
        }

        return known.Count == ids.Count && mayOpen
            ? null
            : Error.Validation("communityIds", FieldError.Rule("unknown_community", "names a community that does not exist, or a private one you do not own or moderate."));
    }

    /// <summary>Nobody hands a guest an app they may not open themselves (one kept for an audience, payroll say).</summary>
    public async Task<Error?> AppsError(IReadOnlyCollection<Guid> appIds, CancellationToken cancellationToken)
    {
        var ids = appIds.Distinct().ToList();
        var grantable = user.IsAdministrator ? (await apps.NamesAsync(ids, cancellationToken)).Keys.ToHashSet() : await apps.UsableByAsync(user.PersonId, ids, cancellationToken);
        return ids.All(grantable.Contains) ? null : Error.Validation("appIds", FieldError.Rule("unknown_app", "names an app that does not exist or that you do not use."));
    }

    /// <summary>
    /// A guest always has an end date, at most a year away, and stays external (the mark everyone sees): checked when
    /// they are invited and whenever their contract changes (an edit, a reactivation).
    /// </summary>
    public static Error? ExpiryError(DateOnly? endDate, DateOnly today) =>
        endDate is { } end && end >= today && end <= today.AddDays(MaxDaysAhead)
            ? null
            : Error.Validation("endDate", FieldError.Rule("guest_expiry", "must be between today and a year from now: a guest's access always ends."));

    public static Error? ContractError(Person person, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(person);
        return person.EmploymentType != EmploymentType.External
            ? Error.Validation("employmentType", FieldError.Rule("guest_external", "must stay External: a guest is marked as such wherever their name shows."))
            : ExpiryError(person.EndDate, today);
    }

    /// <summary>Stages the guest's scope and its event (Communities makes them members) into the invitation's unit of work.</summary>
    public static void Stage(IdentityModuleDbContext db, Guid personId, Guid sponsorId, GuestTerms terms, DateTimeOffset now, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(terms);
        var access = new GuestAccess
        {
            PersonId = personId,
            SponsorId = sponsorId,
            CommunityIds = [.. terms.CommunityIds!.Distinct()],
            AppIds = [.. (terms.AppIds ?? []).Distinct()],
            CreatedAt = now,
        };
        db.Guests.Add(access);
        db.Publish(new GuestScopeChangedIntegrationEvent(personId, sponsorId, access.CommunityIds, access.AppIds), clock);
    }
}
