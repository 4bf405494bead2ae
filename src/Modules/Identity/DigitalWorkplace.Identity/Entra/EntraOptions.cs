using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Identity.Entra;

/// <summary>
/// The platform's side of Entra ID sign-in (<c>Identity:Entra</c>); the app registration itself is the <c>AzureAd</c>
/// section Microsoft.Identity.Web reads (<c>Instance</c>, <c>TenantId</c>, <c>ClientId</c>, a secret or a certificate).
/// </summary>
internal sealed class EntraOptions
{
    public const string Section = "Identity:Entra";

    /// <summary>
    /// The tenants whose people may sign in (several franchisees' tenants). Empty: only <c>AzureAd:TenantId</c> when it
    /// names one tenant; with "organizations" or "common" and no list, nobody — a multi-tenant app is never open to every tenant.
    /// </summary>
    public IReadOnlyList<string> AllowedTenants { get; set; } = [];

    /// <summary>Whether someone who has no account yet gets one at their first sign-in (just in time).</summary>
    public bool CreateAccounts { get; set; } = true;

    /// <summary>Where a new person goes when none of their groups names a unit (an org unit's name).</summary>
    public string? DefaultOrgUnit { get; set; }

    public EmploymentType EmploymentType { get; set; } = EmploymentType.Permanent;

    /// <summary>What membership of an Entra group (by object id, from the token's <c>groups</c> claim) gives: a unit, audience tags.</summary>
    public Dictionary<string, EntraGroupMapping> Groups { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

internal sealed class EntraGroupMapping
{
    /// <summary>The org unit (by name) a new member of the group is placed in.</summary>
    public string? OrgUnit { get; set; }

    /// <summary>The audience tags the group's members carry, kept current at each sign-in.</summary>
    public IReadOnlyList<string> Tags { get; set; } = [];
}
