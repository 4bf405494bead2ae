using DigitalWorkplace.Identity.Authentication;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using DigitalWorkplace.Identity.Scim;

namespace DigitalWorkplace.Identity.Features.CreateScimClient;

/// <summary>
/// Registers a directory (Entra ID, Okta) and makes its SCIM token, shown once. Platform administrators only: the token
/// provisions and deprovisions anyone in the network.
/// </summary>
/// <param name="TenantId">The Entra tenant id, so that Entra sign-in finds the people it provisions.</param>
/// <param name="DefaultOrgUnitId">Where new people go when their department names no unit.</param>
internal sealed record CreateScimClient(string? Name, string? TenantId, Guid? DefaultOrgUnitId) : ICommand<Result<CreatedScimClientDto>>, IValidatable
{
    public void Validate(Validator validator) =>
        validator
            .Required("name", Name, ScimClient.NameMaxLength)
            .MaxLength("tenantId", TenantId, ScimClient.TenantIdMaxLength);
}

internal sealed class CreateScimClientAuthorizer(IdentityPolicy policy) : IAuthorizer<CreateScimClient>
{
    public async ValueTask<Error?> AuthorizeAsync(CreateScimClient message, ICurrentUser user, CancellationToken cancellationToken) =>
        await ScimClientViews.AuthorizeAsync(policy, user, cancellationToken);
}

internal sealed class CreateScimClientHandler(IdentityModuleDbContext db, OrgTreeCache trees, ICurrentUser user, AuditTrail audit, ScimRequestContext context, TimeProvider clock)
    : ICommandHandler<CreateScimClient, Result<CreatedScimClientDto>>
{
    public async ValueTask<Result<CreatedScimClientDto>> Handle(CreateScimClient command, CancellationToken cancellationToken)
    {
        if (command.DefaultOrgUnitId is not null && (await trees.GetAsync(cancellationToken)).Find(command.DefaultOrgUnitId) is not { IsClosed: false })
        {
            return AdministrationScope.UnknownUnit("defaultOrgUnitId");
        }

        var (token, hash, prefix) = AccessTokenSecrets.Generate(AccessTokenSecrets.ScimPrefix);
        var client = new ScimClient
        {
            Name = command.Name!.Trim(),
            Hash = hash,
            Prefix = prefix,
            TenantId = string.IsNullOrWhiteSpace(command.TenantId) ? null : command.TenantId.Trim(),
            DefaultOrgUnitId = command.DefaultOrgUnitId,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = user.PersonId == Guid.Empty ? null : user.PersonId,
        };
        db.ScimClients.Add(client);
        audit.RecordChanges(db, "scim-client.created", ScimClientViews.Subject(client), db.Entry(client));
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedScimClientDto(ScimClientViews.Of(client), token, context.BaseUrl);
    }
}
