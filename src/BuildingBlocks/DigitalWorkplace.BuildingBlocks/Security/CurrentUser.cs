using Microsoft.AspNetCore.Http;

namespace DigitalWorkplace.BuildingBlocks.Security;

/// <summary>
/// The signed-in person of the current HTTP request, or, for the CLI, the demo seed and background work,
/// the person that code explicitly acts as.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private (Guid PersonId, bool IsAdministrator)? _actingAs;

    public bool IsAuthenticated => PersonIdOrNull is not null;

    public Guid PersonId => PersonIdOrNull ?? throw new InvalidOperationException("Nobody is signed in.");

    public bool IsAdministrator => _actingAs?.IsAdministrator ?? accessor.HttpContext?.User.IsInRole(PlatformClaims.AdministratorRole) == true;

    public bool HasRole(string role) => IsAdministrator || (_actingAs is null && accessor.HttpContext?.User.IsInRole(role) == true);

    /// <summary>Makes the rest of this scope run as the given person (never used on a request's scope).</summary>
    public void ActAs(Guid personId, bool isAdministrator) => _actingAs = (personId, isAdministrator);

    private Guid? PersonIdOrNull =>
        _actingAs?.PersonId
        ?? (accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? PlatformClaims.PersonIdOf(user) : null);
}
