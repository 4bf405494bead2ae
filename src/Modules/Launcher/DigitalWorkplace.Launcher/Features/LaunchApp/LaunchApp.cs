using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Launcher.Domain;

namespace DigitalWorkplace.Launcher.Features.LaunchApp;

/// <summary>Counts a launch of a tile the person may use and answers where to send them.</summary>
internal sealed record LaunchApp(Guid TileId) : ICommand<Result<Uri>>, IAnyActivePersonRequest;

internal sealed class LaunchAppHandler(LauncherDbContext db, AppAccessPolicy policy, IPeopleDirectory people, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<LaunchApp, Result<Uri>>
{
    public async ValueTask<Result<Uri>> Handle(LaunchApp command, CancellationToken cancellationToken)
    {
        var tile = await db.AppTiles.FindAsync([command.TileId], cancellationToken);
        if (!await policy.MayUseAsync(user.PersonId, tile, cancellationToken))
        {
            return Error.NotFound("launcher.app_not_found");
        }

        // The person's unit from the directory's cache; the launch and its event are saved together (the outbox).
        var unit = (await people.GetManyAsync([user.PersonId], cancellationToken)).GetValueOrDefault(user.PersonId)?.OrgUnitId;
        var launch = new AppLaunch { Id = Guid.CreateVersion7(), TileId = tile!.Id, PersonId = user.PersonId, OrgUnitId = unit, At = clock.GetUtcNow() };
        db.AppLaunches.Add(launch);
        db.Publish(new AppLaunchedIntegrationEvent(launch.TileId, launch.PersonId, launch.OrgUnitId, launch.At), clock);
        await db.SaveChangesAsync(cancellationToken);
        return new Uri(tile.HomeUrl);
    }
}
