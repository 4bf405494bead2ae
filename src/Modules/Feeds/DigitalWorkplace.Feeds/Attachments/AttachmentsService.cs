using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Features.UploadAttachment;

namespace DigitalWorkplace.Feeds.Attachments;

/// <summary>The UI's way to upload: the same request as the endpoint.</summary>
internal sealed class AttachmentsService(ISender sender) : IAttachments
{
    public async Task<Result<AttachmentDto>> UploadAsync(byte[] content, string? fileName, CancellationToken cancellationToken) =>
        await sender.Send(new UploadAttachment(content, fileName), cancellationToken);
}
