using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.Data;
using DigitalWorkplace.Launcher.Domain;

namespace DigitalWorkplace.Launcher.Features.PinApps;

/// <summary>
/// The current person's pinned tiles, in their order, replaced whole (pinning, unpinning and reordering are one
/// request: the list as the person wants it). Only tiles they may open can be pinned.
/// </summary>
internal sealed record PinApps(IReadOnlyList<Guid>? TileIds) : ICommand<Result<IReadOnlyList<AppTileDto>>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator
        .That(TileIds is not null, "tileIds", FieldError.Required())
        .That(TileIds is not { Count: > LauncherLimits.MaxPinned }, "tileIds", FieldError.Rule("too_many", $"at most {LauncherLimits.MaxPinned} tiles are pinned."))
        .That(TileIds is null || TileIds.Distinct().Count() == TileIds.Count, "tileIds", FieldError.Rule("duplicate", "names a tile twice."));
}

internal sealed class PinAppsHandler(LauncherDbContext db, AppAccessPolicy policy, ICurrentUser user, ISender sender) : ICommandHandler<PinApps, Result<IReadOnlyList<AppTileDto>>>
{
    public async ValueTask<Result<IReadOnlyList<AppTileDto>>> Handle(PinApps command, CancellationToken cancellationToken)
    {
        var wanted = command.TileIds!;
        var tiles = await db.AppTiles.AsNoTracking().Where(t => wanted.Contains(t.Id)).ToListAsync(cancellationToken);
        // A tile the person may not open is answered as one that does not exist.
        if ((await policy.UsableAsync(user.PersonId, tiles, cancellationToken)).Count != wanted.Count)
        {
            return Error.Validation("tileIds", FieldError.Rule("unknown_app", "names an app you cannot open."));
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.AppPins.Where(p => p.PersonId == user.PersonId).ExecuteDeleteAsync(cancellationToken);
            db.AppPins.AddRange(wanted.Select((id, position) => new AppPin { PersonId = user.PersonId, TileId = id, Position = position }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two changes at once from the same person (two tabs): one wins, the other is told to look again.
            return Error.Conflict("launcher.pins_changed_meanwhile", "Your pinned apps changed at the same moment: look again.");
        }
        return await sender.Send(new ListMyTiles.ListMyTiles(), cancellationToken);
    }
}
