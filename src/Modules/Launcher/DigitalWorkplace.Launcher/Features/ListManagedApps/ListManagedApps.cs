using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.ListManagedApps;

/// <summary>Every tile, enabled or not, by name, with its launch count.</summary>
internal sealed record ListManagedApps : IQuery<Result<IReadOnlyList<ManagedAppDto>>>, IAppAdministrationRequest;

internal sealed class ListManagedAppsHandler(ManagedApps apps) : IQueryHandler<ListManagedApps, Result<IReadOnlyList<ManagedAppDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ManagedAppDto>>> Handle(ListManagedApps query, CancellationToken cancellationToken) =>
        await apps.AllAsync(cancellationToken);
}
