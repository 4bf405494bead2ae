using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.UpdateAudience;

/// <summary>Renames an audience or replaces its criteria; new criteria are evaluated at once, and who joins or leaves is told by event.</summary>
internal sealed record UpdateAudience(Guid AudienceId, string? Name, AudienceCriteria? Criteria) : ICommand<Result<AudienceView>>, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.MaxLength("name", Name, Audience.NameMaxLength);
        validator.That(Name is null || !string.IsNullOrWhiteSpace(Name), "name", FieldError.Required());
        Criteria?.Validate(validator);
    }
}

internal sealed class UpdateAudienceAuthorizer(IdentityPolicy policy, AudienceCatalog catalog) : IAuthorizer<UpdateAudience>
{
    public async ValueTask<Error?> AuthorizeAsync(UpdateAudience message, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (await AudienceAccess.AuthorizeAsync(policy, catalog, user, message.AudienceId, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        return message.Criteria is null ? null : AudienceAccess.TargetError(scope, message.Criteria.OrgUnitIds);
    }
}

internal sealed class UpdateAudienceHandler(AuditTrail audit, IdentityModuleDbContext db, AudienceMembership membership, OrgTreeCache trees, ICacheInvalidation invalidation)
    : ICommandHandler<UpdateAudience, Result<AudienceView>>
{
    public async ValueTask<Result<AudienceView>> Handle(UpdateAudience command, CancellationToken cancellationToken)
    {
        var audience = await db.Audiences.FirstOrDefaultAsync(a => a.Id == command.AudienceId, cancellationToken);
        if (audience is null)
        {
            return Error.NotFound("audience.not_found");
        }

        if (command.Criteria is { } criteria)
        {
            if (await criteria.UnknownReferencesAsync(await trees.GetAsync(cancellationToken), db, cancellationToken) is { } unknown)
            {
                return unknown;
            }

            audience.Rule = criteria.ToRule();
        }

        audience.Name = command.Name?.Trim() ?? audience.Name;
        audit.RecordChanges(db, "audience.updated", Auditing.AuditSubjects.Audience(audience), db.Entry(audience));
        var (members, changed) = await membership.StageAudienceAsync(audience, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync([AudienceCatalog.Key, .. changed.Select(Credentials.PersonKey)], cancellationToken);

        return new AudienceView(audience.Id, audience.Name, AudienceCriteria.Of(audience.Rule), members);
    }
}
