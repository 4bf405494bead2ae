using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Launcher.Domain;

namespace DigitalWorkplace.Launcher.Features.LaunchApp;

/// <summary>Counts a launch of a tile the person may use and answers where to send them.</summary>
internal sealed record LaunchApp(Guid TileId) : ICommand<Result<Uri>>, IAnyActivePersonRequest;

internal sealed class LaunchAppHandler(LauncherDbContext db, AppAccessPolicy policy, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<LaunchApp, Result<Uri>>
{
    public async ValueTask<Result<Uri>> Handle(LaunchApp command, CancellationToken cancellationToken)
    {
        var tile = await db.AppTiles.FindAsync([command.TileId], cancellationToken);
        if (!await policy.MayUseAsync(user.PersonId, tile, cancellationToken))
        {
            return Error.NotFound("launcher.app_not_found");
        }

        db.AppLaunches.Add(new AppLaunch { Id = Guid.CreateVersion7(), TileId = tile!.Id, PersonId = user.PersonId, At = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return new Uri(tile.HomeUrl);
    }
}
