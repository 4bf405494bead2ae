using DigitalWorkplace.Feeds.Announcements;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;

namespace DigitalWorkplace.Feeds.Features.MarkAnnouncementRead;

/// <summary>A recipient opened the announcement: the first time is kept (its author's reach counts it). Anyone else reading it changes nothing.</summary>
internal sealed record MarkAnnouncementRead(Guid AnnouncementId) : ICommand<Result<AnnouncementDto>>;

internal sealed class MarkAnnouncementReadAuthorizer(AnnouncementAccess access) : IAuthorizer<MarkAnnouncementRead>
{
    public async ValueTask<Error?> AuthorizeAsync(MarkAnnouncementRead message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.ReadAsync(user, message.AnnouncementId, cancellationToken);
}

internal sealed class MarkAnnouncementReadHandler(FeedsDbContext db, AnnouncementViews views, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkAnnouncementRead, Result<AnnouncementDto>>
{
    public async ValueTask<Result<AnnouncementDto>> Handle(MarkAnnouncementRead command, CancellationToken cancellationToken)
    {
        // One statement, so two tabs opening it at once keep the earlier time and never fail.
        var now = clock.GetUtcNow();
        await db.AnnouncementRecipients
            .Where(r => r.AnnouncementId == command.AnnouncementId && r.PersonId == user.PersonId && r.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.ReadAt, now), cancellationToken);
        return await views.OneAsync(command.AnnouncementId, cancellationToken);
    }
}
