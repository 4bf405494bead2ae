using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Features.InvitePerson;
using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Identity.Invitations;

/// <summary>
/// A guest's terms, checked before they are invited: an expiry within a year, a sponsor who is an active colleague (not
/// a guest), and communities and apps that exist — communities the inviter may read themselves, so nobody opens a
/// private community to an outsider they are not part of.
/// </summary>
internal sealed class GuestTermsCheck(
    Credentials credentials, ICommunityDirectory communities, ICommunityAccess communityAccess, IAppDirectory apps, ICurrentUser user, TimeProvider clock)
{
    public const int MaxDaysAhead = 366;

    /// <summary>The sponsor's id when the terms hold.</summary>
    public async Task<Result<Guid>> CheckAsync(GuestTerms terms, DateOnly endDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (endDate < today || endDate > today.AddDays(MaxDaysAhead))
        {
            return Error.Validation("endDate", FieldError.Rule("guest_expiry", "must be between today and a year from now."));
        }

        var sponsorId = terms.SponsorId ?? (user.IsAuthenticated ? user.PersonId : Guid.Empty);
        if (await credentials.ActivePersonAsync(sponsorId, cancellationToken) is not { Guest: null })
        {
            return Error.Validation("sponsorId", FieldError.Rule("unknown_sponsor", "must name an active colleague who is not a guest."));
        }

        var communityIds = terms.CommunityIds!.Distinct().ToList();
        var known = await communities.NamesAsync(communityIds, cancellationToken);
        var mayRead = true;
        if (!user.IsAdministrator)
        {
            foreach (var id in communityIds)
            {
                mayRead &= await communityAccess.CanReadAsync(user.PersonId, id, cancellationToken);
            }
        }

        if (known.Count != communityIds.Count || !mayRead)
        {
            return Error.Validation("communityIds", FieldError.Rule("unknown_community", "names a community that does not exist or that you do not belong to."));
        }

        var appIds = (terms.AppIds ?? []).Distinct().ToList();
        return (await apps.NamesAsync(appIds, cancellationToken)).Count == appIds.Count
            ? sponsorId
            : Error.Validation("appIds", FieldError.Rule("unknown_app", "names an app that does not exist."));
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
