namespace DigitalWorkplace.Identity.Domain;

/// <summary>The one Identity role: administrators manage accounts and everything the modules reserve to them.</summary>
internal static class AdministratorRole
{
    public static readonly Guid Id = new("0193a5a0-0000-7000-8000-00000000a0a1");

    public static readonly string NormalizedName = PlatformClaims.AdministratorRole.ToUpperInvariant();
}
