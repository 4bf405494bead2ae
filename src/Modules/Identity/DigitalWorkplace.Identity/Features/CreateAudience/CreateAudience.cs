using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Audiences;
using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.CreateAudience;

/// <summary>Saves an audience rule and evaluates it at once: its members are known (and told, by event) when this returns.</summary>
internal sealed record CreateAudience(string? Name, AudienceCriteria? Criteria) : ICommand<Result<AudienceView>>, IValidatable
{
    public void Validate(Validator validator)
    {
        validator.Required("name", Name, Audience.NameMaxLength);
        (Criteria ?? Empty).Validate(validator);
    }

    public static readonly AudienceCriteria Empty = new(null, null, null, null, null, null);
}

internal sealed class CreateAudienceAuthorizer(IdentityPolicy policy) : IAuthorizer<CreateAudience>
{
    public async ValueTask<Error?> AuthorizeAsync(CreateAudience message, ICurrentUser user, CancellationToken cancellationToken)
    {
        var scope = await policy.ScopeOfAsync(user, cancellationToken);
        return AudienceAccess.TargetError(scope, message.Criteria?.OrgUnitIds);
    }
}

internal sealed class CreateAudienceHandler(AuditTrail audit, 
    IdentityModuleDbContext db, AudienceMembership membership, OrgTreeCache trees, ICurrentUser user, ICacheInvalidation invalidation, TimeProvider clock)
    : ICommandHandler<CreateAudience, Result<AudienceView>>
{
    public async ValueTask<Result<AudienceView>> Handle(CreateAudience command, CancellationToken cancellationToken)
    {
        var criteria = command.Criteria ?? CreateAudience.Empty;
        if (await criteria.UnknownReferencesAsync(await trees.GetAsync(cancellationToken), db, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        var audience = new Audience
        {
            Name = command.Name!.Trim(),
            Rule = criteria.ToRule(),
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = user.PersonId == Guid.Empty ? null : user.PersonId,
        };
        db.Audiences.Add(audience);
        audit.RecordChanges(db, "audience.created", Auditing.AuditSubjects.Audience(audience), db.Entry(audience));
        var (members, changed) = await membership.StageAudienceAsync(audience, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await invalidation.InvalidateAsync([AudienceCatalog.Key, .. changed.Select(Credentials.PersonKey)], cancellationToken);

        return new AudienceView(audience.Id, audience.Name, AudienceCriteria.Of(audience.Rule), members);
    }
}
