using DigitalWorkplace.Live.Data;

namespace DigitalWorkplace.Live.Features.MarkNotificationsRead;

/// <summary>Marks every unread notification of the current person as read.</summary>
internal sealed record MarkNotificationsRead : ICommand<Result<Done>>, IAnyActivePersonRequest;

internal sealed class MarkNotificationsReadHandler(LiveDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkNotificationsRead, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(MarkNotificationsRead command, CancellationToken cancellationToken)
    {
        var personId = user.PersonId;
        var now = clock.GetUtcNow();
        await db.Notifications
            .Where(n => n.PersonId == personId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return Done.Value;
    }
}
