using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Features.CreateLocationCode;
using DigitalWorkplace.Identity.Invitations;

namespace DigitalWorkplace.Identity.Features.ListInvitations;

/// <summary>
/// What is still open in the caller's units: the personal links of people who have not signed up (with the link, to send
/// or print as a QR code) and the location codes. Used, expired and revoked ones are left out.
/// </summary>
internal sealed record ListInvitations(Guid? OrgUnitId) : IQuery<Result<OpenInvitations>>, IAnyActivePersonRequest;

internal sealed record PendingInvitation(Guid Id, Guid PersonId, string DisplayName, Guid? OrgUnitId, string? OrgUnitName, string? Path, DateTimeOffset ExpiresAt);

internal sealed record OpenInvitations(IReadOnlyList<PendingInvitation> People, IReadOnlyList<LocationCodeView> LocationCodes);

internal sealed class ListInvitationsHandler(IdentityModuleDbContext db, IdentityPolicy policy, InvitationSecrets secrets, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListInvitations, Result<OpenInvitations>>
{
    public async ValueTask<Result<OpenInvitations>> Handle(ListInvitations query, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        if (!scope.ManagesAnyone)
        {
            return new OpenInvitations([], []);
        }

        var now = clock.GetUtcNow();
        var invitations = db.Invitations.AsNoTracking().Where(i => i.RevokedAt == null && i.ExpiresAt > now && (i.MaxUses == null || i.Uses < i.MaxUses));
        if (query.OrgUnitId is { } unitId)
        {
            var subtree = scope.Tree.Subtree(unitId).ToList();
            invitations = invitations.Where(i => i.OrgUnitId != null && subtree.Contains(i.OrgUnitId.Value));
        }

        var open = (await invitations.OrderBy(i => i.Id).ToListAsync(cancellationToken)).Where(i => scope.ManagesPeopleAt(i.OrgUnitId)).ToList();
        var personIds = open.Where(i => i.PersonId is not null).Select(i => i.PersonId!.Value).ToList();
        var invited = await db.Users.AsNoTracking().Where(p => personIds.Contains(p.Id) && p.Status == AccountStatus.Invited)
            .ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        var people = open.Where(i => i.Kind == InvitationKind.Personal && invited.ContainsKey(i.PersonId!.Value))
            .Select(i => new PendingInvitation(
                i.Id, i.PersonId!.Value, invited[i.PersonId!.Value], i.OrgUnitId, scope.Tree.Find(i.OrgUnitId)?.Name,
                secrets.Unprotect(i.ProtectedSecret) is { } secret ? InvitationSecrets.JoinPath(secret) : null, i.ExpiresAt))
            .OrderBy(i => i.DisplayName, StringComparer.CurrentCulture)
            .ToList();
        var codes = open.Where(i => i.Kind == InvitationKind.LocationCode).Select(LocationCodeView.Of).ToList();
        return new OpenInvitations(people, codes);
    }
}
