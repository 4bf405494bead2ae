using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Scim;

/// <summary>A request only a directory, authenticated by its SCIM token, may send.</summary>
internal interface IScimRequest;

/// <summary>The one authorizer of every SCIM request: the caller must be a SCIM client (no person's cookie or token is one).</summary>
internal sealed class ScimClientAuthorizer<TRequest>(ScimRequestContext context) : IAuthorizer<TRequest>
    where TRequest : IScimRequest
{
    public ValueTask<Error?> AuthorizeAsync(TRequest message, ICurrentUser user, CancellationToken cancellationToken) =>
        ValueTask.FromResult(context.ClientId is null ? Error.Forbidden("scim.forbidden", "Only a directory's SCIM token provisions.") : null);
}

/// <summary>The SCIM client of the current request, and the base address its resources' locations start with.</summary>
internal sealed class ScimRequestContext(IHttpContextAccessor http, IdentityModuleDbContext db)
{
    public const string BasePath = "/scim/v2";

    public Guid? ClientId =>
        Guid.TryParse(http.HttpContext?.User.FindFirst(ScimTokenHandler.ClientClaim)?.Value, out var id) ? id : null;

    public string BaseUrl => http.HttpContext?.Request is { } request ? $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}" : BasePath;

    public async Task<Guid?> DefaultOrgUnitAsync(CancellationToken cancellationToken) =>
        ClientId is { } id ? await db.ScimClients.Where(c => c.Id == id).Select(c => c.DefaultOrgUnitId).FirstOrDefaultAsync(cancellationToken) : null;
}
