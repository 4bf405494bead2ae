using System.Security.Claims;

namespace DigitalWorkplace.BuildingBlocks.Security;

/// <summary>Claim types and roles every module agrees on.</summary>
public static class PlatformClaims
{
    public const string PersonId = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string AdministratorRole = "administrator";

    /// <summary>The name of a client acting for nobody in particular (a SCIM directory): what the audit log says acted.</summary>
    public const string ClientName = "client_name";

    /// <summary>The person a principal stands for, when it names one.</summary>
    public static Guid? PersonIdOf(ClaimsPrincipal? principal) =>
        Guid.TryParse(principal?.FindFirst(PersonId)?.Value, out var id) ? id : null;
}
