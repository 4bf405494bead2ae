using System.Text.Json.Serialization;

namespace DigitalWorkplace.Identity.Contracts;

/// <summary>The levels of a franchise network: organization → brand or region → franchisee → location.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrgUnitKind>))]
public enum OrgUnitKind
{
    Organization,

    /// <summary>A brand or a region: groups franchisees (and the locations run by the network itself).</summary>
    Region,
    Franchisee,
    Location,
}

/// <summary>The org structure, for the demo seed and imports, which act as the system.</summary>
public interface IOrganizationService
{
    /// <summary>Creates the unit when no unit of that name exists; returns its id either way.</summary>
    Task<Guid> EnsureOrgUnitAsync(string name, OrgUnitKind kind, string? parentName, CancellationToken cancellationToken);
}
