using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Invitations;

namespace DigitalWorkplace.Identity.Features.CreateLocationCode;

/// <summary>
/// A code for a location's poster or briefing: whoever types it on their phone creates their account there (and joins
/// the season), active at once or, when the code says so, once the location's manager approves.
/// </summary>
internal sealed record CreateLocationCode(Guid? OrgUnitId, Guid? SeasonId, EmploymentType EmploymentType, bool RequiresApproval, int? MaxUses, int? ExpiresInDays)
    : ICommand<Result<LocationCodeView>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator
            .That(OrgUnitId is not null, "orgUnitId", FieldError.Required())
            .That(Enum.IsDefined(EmploymentType), "employmentType", FieldError.OneOf(Enum.GetNames<EmploymentType>()))
            .InRange("maxUses", MaxUses, 1, 10_000)
            .InRange("expiresInDays", ExpiresInDays, 1, InvitePerson.InvitePerson.MaxDays);
}

internal sealed record LocationCodeView(
    Guid Id, string Code, string Path, Guid OrgUnitId, Guid? SeasonId, EmploymentType EmploymentType, bool RequiresApproval, int? MaxUses, int Uses, DateTimeOffset ExpiresAt)
{
    public static LocationCodeView Of(Invitation code) =>
        new(code.Id, InvitationSecrets.FormatCode(code.Code!), InvitationSecrets.CodePath(code.Code!), code.OrgUnitId!.Value, code.SeasonId, code.EmploymentType,
            code.RequiresApproval, code.MaxUses, code.Uses, code.ExpiresAt);
}

internal sealed class CreateLocationCodeAuthorizer(IdentityPolicy policy) : IAuthorizer<CreateLocationCode>
{
    public async ValueTask<Error?> AuthorizeAsync(CreateLocationCode message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        return scope.PlacementError(message.OrgUnitId, "orgUnitId");
    }
}

internal sealed class CreateLocationCodeHandler(AuditTrail audit, IdentityModuleDbContext db, OrgTreeCache trees, IdentityPolicy policy, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateLocationCode, Result<LocationCodeView>>
{
    public async ValueTask<Result<LocationCodeView>> Handle(CreateLocationCode command, CancellationToken cancellationToken)
    {
        if ((await trees.GetAsync(cancellationToken)).Find(command.OrgUnitId) is not { Kind: OrgUnitKind.Location, IsClosed: false } location)
        {
            return Error.Validation("orgUnitId", FieldError.Rule("unknown_location", "names no open location."));
        }

        if (command.SeasonId is not null && await SeasonAccess.VisibleAsync(db, await policy.ScopeOfAsync(user, cancellationToken), command.SeasonId, cancellationToken) is null)
        {
            return Error.Validation("seasonId", FieldError.Rule("unknown_season", "names no season."));
        }

        var now = clock.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            var code = new Invitation
            {
                Kind = InvitationKind.LocationCode,
                OrgUnitId = location.Id,
                SeasonId = command.SeasonId,
                EmploymentType = command.EmploymentType,
                Code = InvitationSecrets.NewCode(),
                RequiresApproval = command.RequiresApproval,
                MaxUses = command.MaxUses,
                ExpiresAt = now.AddDays(command.ExpiresInDays ?? 14),
                CreatedAt = now,
                CreatedBy = user.PersonId == Guid.Empty ? null : user.PersonId,
            };
            db.Invitations.Add(code);
            // Not the code itself: it lets anyone join, and the log is read more widely than the location's sheet.
            audit.Record(db, "location-code.created", new AuditSubject("org-unit", location.Id.ToString(), location.Name, location.Id), after: AuditTrail.Fields(
                ("seasonId", code.SeasonId), ("employmentType", code.EmploymentType), ("requiresApproval", code.RequiresApproval), ("maxUses", code.MaxUses), ("expiresAt", code.ExpiresAt)));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return LocationCodeView.Of(code);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // One in a trillion: the random code is taken. Draw another.
                db.ChangeTracker.Clear();
            }
        }
    }
}
