using DigitalWorkplace.BuildingBlocks.Caching;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;

namespace DigitalWorkplace.Identity.Authorization;

internal sealed record OrgUnitNode(Guid Id, string Name, OrgUnitKind Kind, Guid? ParentId, DateTimeOffset? ClosedAt)
{
    public bool IsClosed => ClosedAt is not null;
}

/// <summary>
/// The whole org tree in memory: a network has hundreds or a few thousand units, and every scoped decision ("is this
/// location under that franchisee?") walks it. Read once, kept by <see cref="OrgTreeCache"/> until a unit changes.
/// </summary>
internal sealed class OrgTree
{
    // Deeper than any real network; stops a walk should a cycle ever be written behind the API's back.
    private const int MaxDepth = 64;

    private readonly Dictionary<Guid, OrgUnitNode> _byId;
    private readonly ILookup<Guid?, OrgUnitNode> _children;
    private readonly Dictionary<string, OrgUnitNode> _byName;

    public OrgTree(IReadOnlyList<OrgUnitNode> units)
    {
        Units = units;
        _byId = units.ToDictionary(u => u.Id);
        _children = units.ToLookup(u => u.ParentId);
        // Names are unique (case-sensitively in the database); the first of a case-insensitive clash wins, as before.
        _byName = units.GroupBy(u => u.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<OrgUnitNode> Units { get; }

    /// <summary>The tree as it will be once the unit has moved under its new parent (before the move is saved).</summary>
    public OrgTree WithMove(Guid unitId, Guid newParentId) =>
        new([.. Units.Select(u => u.Id == unitId ? u with { ParentId = newParentId } : u)]);

    public OrgUnitNode? Find(Guid? id) => id is { } key && _byId.TryGetValue(key, out var unit) ? unit : null;

    public OrgUnitNode? FindByName(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The unit and its ancestors, nearest first.</summary>
    public IEnumerable<OrgUnitNode> SelfAndAncestors(Guid? id)
    {
        var unit = Find(id);
        for (var depth = 0; unit is not null && depth < MaxDepth; depth++)
        {
            yield return unit;
            unit = Find(unit.ParentId);
        }
    }

    public bool IsWithin(Guid? unitId, Guid ancestorId) => SelfAndAncestors(unitId).Any(u => u.Id == ancestorId);

    /// <summary>The unit and everything under it.</summary>
    public IReadOnlyList<Guid> Subtree(Guid rootId)
    {
        var found = new List<Guid>();
        if (!_byId.ContainsKey(rootId))
        {
            return found;
        }

        var pending = new Queue<Guid>([rootId]);
        var seen = new HashSet<Guid>();
        while (pending.TryDequeue(out var id))
        {
            if (!seen.Add(id))
            {
                continue;
            }

            found.Add(id);
            foreach (var child in _children[id])
            {
                pending.Enqueue(child.Id);
            }
        }

        return found;
    }

    public IEnumerable<OrgUnitNode> ChildrenOf(Guid? id) => _children[id];

    /// <summary>The nearest enclosing unit of that kind (a location's franchisee), or null.</summary>
    public OrgUnitNode? Nearest(Guid? unitId, OrgUnitKind kind) => SelfAndAncestors(unitId).FirstOrDefault(u => u.Kind == kind);
}

/// <summary>The org tree, cached and stamped: every change to a unit invalidates <see cref="Key"/> after it commits.</summary>
internal sealed class OrgTreeCache(StampedCache cache)
{
    public const string Key = "identity.org-tree";

    public async Task<OrgTree> GetAsync(CancellationToken cancellationToken) =>
        (await cache.GetAsync<IdentityModuleDbContext, OrgTree>(Key, async db =>
            new OrgTree(await db.OrgUnits.AsNoTracking()
                .Select(u => new OrgUnitNode(u.Id, u.Name, u.Kind, u.ParentId, u.ClosedAt))
                .ToListAsync(cancellationToken))))!;
}
