using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Invitations;

namespace DigitalWorkplace.Identity.Features.ChangeGuestScope;

/// <summary>
/// Changes what a guest may use (the project moved to another community, a new app): their memberships follow. Only
/// what is added is checked against the changer's own reach; taking something away is always allowed.
/// </summary>
internal sealed record ChangeGuestScope(Guid PersonId, IReadOnlyList<Guid>? CommunityIds, IReadOnlyList<Guid>? AppIds) : ICommand<Result<GuestScopeView>>, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.That(CommunityIds is { Count: > 0 and <= GuestAccess.MaxCommunities }, "communityIds", FieldError.OutOfRange(1, GuestAccess.MaxCommunities));
        validator.That((AppIds?.Count ?? 0) <= GuestAccess.MaxApps, "appIds", FieldError.OutOfRange(0, GuestAccess.MaxApps));
    }
}

internal sealed record GuestScopeView(Guid PersonId, Guid SponsorId, IReadOnlyList<Guid> CommunityIds, IReadOnlyList<Guid> AppIds);

/// <summary>The guest's sponsor, or whoever administers the guest; anyone else (and anyone who is not a guest) is not found.</summary>
internal sealed class ChangeGuestScopeAuthorizer(IdentityPolicy policy, Credentials credentials) : IAuthorizer<ChangeGuestScope>
{
    public async ValueTask<Error?> AuthorizeAsync(ChangeGuestScope message, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (await credentials.PersonAsync(message.PersonId, cancellationToken) is not { Guest: { } guest })
        {
            return Error.NotFound("guest.not_found");
        }

        if (user.IsAuthenticated && guest.SponsorId == user.PersonId)
        {
            return null;
        }

        return await PersonAdministration.AuthorizeAsync(policy, credentials, user, message.PersonId, cancellationToken) is null ? null : Error.NotFound("guest.not_found");
    }
}

internal sealed class ChangeGuestScopeHandler(AuditTrail audit, IdentityModuleDbContext db, GuestTermsCheck terms, ICacheInvalidation invalidation, TimeProvider clock)
    : ICommandHandler<ChangeGuestScope, Result<GuestScopeView>>
{
    public async ValueTask<Result<GuestScopeView>> Handle(ChangeGuestScope command, CancellationToken cancellationToken)
    {
        var access = await db.Guests.FirstAsync(g => g.PersonId == command.PersonId, cancellationToken);
        var communities = command.CommunityIds!.Distinct().ToList();
        var apps = (command.AppIds ?? []).Distinct().ToList();
        var refused = await terms.CommunitiesError([.. communities.Except(access.CommunityIds)], cancellationToken)
            ?? await terms.AppsError([.. apps.Except(access.AppIds)], cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        audit.Record(db, "guest.scope-changed", Auditing.AuditSubjects.Person(await db.Users.FirstAsync(p => p.Id == access.PersonId, cancellationToken)),
            AuditTrail.Fields(("communityIds", access.CommunityIds), ("appIds", access.AppIds)), AuditTrail.Fields(("communityIds", communities), ("appIds", apps)));
        access.CommunityIds = communities;
        access.AppIds = apps;
        db.Publish(new GuestScopeChangedIntegrationEvent(access.PersonId, access.SponsorId, communities, apps), clock);
        await db.SaveChangesAsync(cancellationToken);
        // The scope rides with the person's cached status: every module sees the new one on its next question.
        await invalidation.InvalidateAsync(Credentials.PersonKey(access.PersonId), cancellationToken);
        return new GuestScopeView(access.PersonId, access.SponsorId, communities, apps);
    }
}
