using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Features.AcknowledgeAnnouncement;
using DigitalWorkplace.Feeds.Features.GetAnnouncement;
using DigitalWorkplace.Feeds.Features.GetAnnouncementReach;
using DigitalWorkplace.Feeds.Features.ListAnnouncementAudiences;
using DigitalWorkplace.Feeds.Features.ListAnnouncementRecipients;
using DigitalWorkplace.Feeds.Features.ListMyAnnouncements;
using DigitalWorkplace.Feeds.Features.ListSentAnnouncements;
using DigitalWorkplace.Feeds.Features.MarkAnnouncementRead;
using DigitalWorkplace.Feeds.Features.PublishAnnouncement;
using DigitalWorkplace.Feeds.Features.RemindAnnouncement;

namespace DigitalWorkplace.Feeds.Announcements;

/// <summary>The UI's way to announcements: the same requests as the endpoints.</summary>
internal sealed class AnnouncementsService(ISender sender) : IAnnouncements
{
    public async Task<Result<AnnouncementDto>> PublishAsync(NewAnnouncement announcement, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new PublishAnnouncement(announcement, idempotencyKey), cancellationToken);
        return result.IsSuccess ? result.Value!.Value : result.Error!;
    }

    public async Task<Result<Page<AnnouncementDto>>> MineAsync(bool awaitingOnly, string? after, int? pageSize, CancellationToken cancellationToken) =>
        await sender.Send(new ListMyAnnouncements(awaitingOnly, after, pageSize), cancellationToken);

    public async Task<Result<Page<AnnouncementDto>>> SentAsync(string? after, CancellationToken cancellationToken) =>
        await sender.Send(new ListSentAnnouncements(after), cancellationToken);

    public async Task<Result<AnnouncementDto>> GetAsync(Guid announcementId, CancellationToken cancellationToken) =>
        await sender.Send(new GetAnnouncement(announcementId), cancellationToken);

    public async Task<Result<AnnouncementDto>> MarkReadAsync(Guid announcementId, CancellationToken cancellationToken) =>
        await sender.Send(new MarkAnnouncementRead(announcementId), cancellationToken);

    public async Task<Result<AnnouncementDto>> AcknowledgeAsync(Guid announcementId, CancellationToken cancellationToken) =>
        await sender.Send(new AcknowledgeAnnouncement(announcementId), cancellationToken);

    public async Task<Result<AnnouncementReachDto>> ReachAsync(Guid announcementId, CancellationToken cancellationToken) =>
        await sender.Send(new GetAnnouncementReach(announcementId), cancellationToken);

    public async Task<Result<Page<RecipientDto>>> RecipientsAsync(Guid announcementId, RecipientFilter filter, Guid? orgUnitId, string? after, CancellationToken cancellationToken) =>
        await sender.Send(new ListAnnouncementRecipients(announcementId, filter, orgUnitId, after), cancellationToken);

    public async Task<Result<ReminderSentDto>> RemindAsync(Guid announcementId, CancellationToken cancellationToken) =>
        await sender.Send(new RemindAnnouncement(announcementId), cancellationToken);

    public async Task<IReadOnlyList<AudienceOptionDto>> AudiencesAsync(CancellationToken cancellationToken) =>
        (await sender.Send(new ListAnnouncementAudiences(), cancellationToken)).Value ?? [];
}
