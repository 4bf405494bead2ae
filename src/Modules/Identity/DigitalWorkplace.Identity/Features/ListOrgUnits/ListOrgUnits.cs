using DigitalWorkplace.Identity.Authorization;

namespace DigitalWorkplace.Identity.Features.ListOrgUnits;

/// <summary>
/// The org tree, parents before their children: every signed-in person sees the network's structure (the directory
/// filters by location, forms pick a unit), as they would on any company's site list — except guests, who see none.
/// </summary>
internal sealed record ListOrgUnits(bool IncludeClosed) : IQuery<Result<IReadOnlyList<OrgUnitView>>>, IAnyActivePersonRequest;

internal sealed class ListOrgUnitsHandler(OrgTreeCache trees, DirectoryVisibility visibility) : IQueryHandler<ListOrgUnits, Result<IReadOnlyList<OrgUnitView>>>
{
    public async ValueTask<Result<IReadOnlyList<OrgUnitView>>> Handle(ListOrgUnits query, CancellationToken cancellationToken)
    {
        if (await visibility.IsGuestAsync(cancellationToken))
        {
            return Array.Empty<OrgUnitView>();
        }

        var tree = await trees.GetAsync(cancellationToken);
        var ordered = new List<OrgUnitView>(tree.Units.Count);
        foreach (var root in tree.ChildrenOf(null).OrderBy(u => u.Name, StringComparer.CurrentCulture))
        {
            Walk(tree, root, ordered, query.IncludeClosed);
        }

        return ordered;
    }

    private static void Walk(OrgTree tree, OrgUnitNode unit, List<OrgUnitView> ordered, bool includeClosed)
    {
        if (unit.IsClosed && !includeClosed)
        {
            return;
        }

        ordered.Add(OrgUnitView.Of(unit));
        foreach (var child in tree.ChildrenOf(unit.Id).OrderBy(u => u.Name, StringComparer.CurrentCulture))
        {
            Walk(tree, child, ordered, includeClosed);
        }
    }
}
