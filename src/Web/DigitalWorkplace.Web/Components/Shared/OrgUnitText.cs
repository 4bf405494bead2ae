using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Web.Components.Shared;

/// <summary>Org units in pickers: indented by depth (no-break spaces, which an option keeps), since a select cannot show a tree.</summary>
internal static class OrgUnitText
{
    public static string Indented(OrgUnitDto unit, IReadOnlyList<OrgUnitDto> units) => new string('\u00A0', Depth(unit, units) * 2) + unit.Name;

    /// <summary>How many units lie above this one (0 for a top-level unit).</summary>
    public static int Depth(OrgUnitDto unit, IReadOnlyList<OrgUnitDto> units)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var byId = units.ToDictionary(u => u.Id);
        var depth = 0;
        for (var parent = unit.ParentId; parent is { } id && byId.TryGetValue(id, out var p) && depth < 16; parent = p.ParentId)
        {
            depth++;
        }

        return depth;
    }
}
