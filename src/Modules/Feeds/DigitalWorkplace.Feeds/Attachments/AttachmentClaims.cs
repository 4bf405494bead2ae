using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Attachments;

/// <summary>The one way a post or comment takes the files its author uploaded for it: their own, not yet attached elsewhere.</summary>
internal static class AttachmentClaims
{
    public static readonly Error Unknown = Error.Validation("attachmentIds", FieldError.Rule("unknown_attachment", "names a file you did not upload, or one already attached."));

    /// <summary>The uploads, tracked, in the order given; null when one of them is not the author's own free upload.</summary>
    public static async Task<List<Attachment>?> FreeUploadsAsync(FeedsDbContext db, Guid authorId, IReadOnlyList<Guid>? ids, CancellationToken cancellationToken)
    {
        var wanted = (ids ?? []).Distinct().ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var found = await db.Attachments.Where(a => wanted.Contains(a.Id) && a.UploaderId == authorId && a.PostId == null && a.CommentId == null).ToListAsync(cancellationToken);
        return found.Count == wanted.Count ? [.. wanted.Select(id => found.Single(a => a.Id == id))] : null;
    }
}
