using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Announcements;
using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ListMyAnnouncements;

/// <summary>
/// The announcements addressed to me, newest first; with <see cref="AwaitingOnly"/>, my task list: the must-reads I
/// have not acknowledged, the one due first on top.
/// </summary>
internal sealed record ListMyAnnouncements(bool AwaitingOnly, string? After, int? PageSize) : IQuery<Result<Page<AnnouncementDto>>>, IAnyActivePersonRequest, IValidatable
{
    public void Validate(Validator validator) => validator.That(Cursor.TryDecode(After, out _), "after", FieldError.InvalidCursor());
}

internal sealed class ListMyAnnouncementsHandler(AnnouncementViews views) : IQueryHandler<ListMyAnnouncements, Result<Page<AnnouncementDto>>>
{
    public async ValueTask<Result<Page<AnnouncementDto>>> Handle(ListMyAnnouncements query, CancellationToken cancellationToken)
    {
        Cursor.TryDecode(query.After, out var after);
        return await views.MineAsync(query.AwaitingOnly, after, Cursor.Clamp(query.PageSize), cancellationToken);
    }
}
