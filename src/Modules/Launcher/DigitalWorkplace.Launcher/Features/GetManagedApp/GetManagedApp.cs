using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.GetManagedApp;

/// <summary>One tile as its administrators manage it.</summary>
internal sealed record GetManagedApp(Guid TileId) : IQuery<Result<ManagedAppDto>>, IAppAdministrationRequest;

internal sealed class GetManagedAppHandler(ManagedApps apps) : IQueryHandler<GetManagedApp, Result<ManagedAppDto>>
{
    public async ValueTask<Result<ManagedAppDto>> Handle(GetManagedApp query, CancellationToken cancellationToken) =>
        await apps.OneAsync(query.TileId, cancellationToken);
}
