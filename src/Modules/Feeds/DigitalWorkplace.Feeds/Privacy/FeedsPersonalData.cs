using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Privacy;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Privacy;

/// <summary>What a person wrote and reacted, for their own archive.</summary>
internal sealed class FeedsPersonalData(FeedsDbContext db) : IPersonalDataSource
{
    public string Name => "feeds";

    public async Task<object> ExportAsync(Guid personId, CancellationToken cancellationToken) => new
    {
        Posts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == personId).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.CommunityId, p.Markdown, p.PublishedAt }).ToListAsync(cancellationToken),
        Comments = await db.Comments.AsNoTracking().Where(c => c.AuthorId == personId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.PostId, c.Markdown, c.CreatedAt }).ToListAsync(cancellationToken),
        Reactions = await db.Reactions.AsNoTracking().Where(r => r.PersonId == personId).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.PostId, r.Kind, r.CreatedAt }).ToListAsync(cancellationToken),
        Reports = await db.Reports.AsNoTracking().Where(r => r.ReporterId == personId).OrderBy(r => r.Id)
            .Select(r => new { r.PostId, r.CommentId, Reason = r.Reason.ToString(), r.Details, r.ReportedAt, Outcome = r.Outcome.ToString() }).ToListAsync(cancellationToken),
        Announcements = await db.Announcements.AsNoTracking().Where(a => a.AuthorId == personId).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, a.Markdown, a.MustRead, a.AcknowledgeBefore, a.PublishedAt }).ToListAsync(cancellationToken),
        PollVotes = await db.PollVotes.AsNoTracking().Where(v => v.PersonId == personId).OrderBy(v => v.VotedAt)
            .Select(v => new { v.PostId, v.Option, v.VotedAt }).ToListAsync(cancellationToken),
        RecognitionsReceived = await db.Recognitions.AsNoTracking().Where(r => r.PersonId == personId).OrderBy(r => r.GivenAt)
            .Select(r => new { r.PostId, r.BrandValueId, r.GivenAt }).ToListAsync(cancellationToken),
        Uploads = await db.Attachments.AsNoTracking().Where(a => a.UploaderId == personId).OrderBy(a => a.UploadedAt)
            .Select(a => new { a.Id, a.PostId, a.CommentId, a.FileName, a.ContentType, a.Size, a.UploadedAt }).ToListAsync(cancellationToken),
        AnnouncementsReceived = await db.AnnouncementRecipients.AsNoTracking().Where(r => r.PersonId == personId).OrderBy(r => r.AnnouncementId)
            .Select(r => new { r.AnnouncementId, r.DeliveredAt, r.ReadAt, r.AcknowledgedAt }).ToListAsync(cancellationToken),
    };
}

/// <summary>
/// An erased person's reactions, reports and the record of announcements reaching them go; with their content removed, their posts (with everything on them) and comments go
/// too, the counts and the timelines follow, and every copy is told (search). Kept content shows "former member".
/// Idempotent: a second delivery finds nothing left.
/// </summary>
[IntegrationEventSubscriber("feeds.erase-person")]
internal sealed class ErasePersonFromFeeds(FeedsDbContext db, Timelines timelines, TimeProvider clock) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public async Task HandleAsync(PersonErasedIntegrationEvent erased, CancellationToken cancellationToken)
    {
        var reacted = await db.Reactions.Where(r => r.PersonId == erased.PersonId).Select(r => r.PostId).Distinct().ToListAsync(cancellationToken);
        db.Reactions.RemoveRange(await db.Reactions.Where(r => r.PersonId == erased.PersonId).ToListAsync(cancellationToken));
        db.Reports.RemoveRange(await db.Reports.Where(r => r.ReporterId == erased.PersonId).ToListAsync(cancellationToken));
        db.AnnouncementRecipients.RemoveRange(await db.AnnouncementRecipients.Where(r => r.PersonId == erased.PersonId).ToListAsync(cancellationToken));
        // The values wall counts them no more (their name on a kept post shows as a former member).
        db.Recognitions.RemoveRange(await db.Recognitions.Where(r => r.PersonId == erased.PersonId).ToListAsync(cancellationToken));
        db.PollVotes.RemoveRange(await db.PollVotes.Where(v => v.PersonId == erased.PersonId).ToListAsync(cancellationToken));
        List<Guid> communities = [];
        if (erased.ContentRemoved)
        {
            // Their announcements go with what reached whom (cascade).
            db.Announcements.RemoveRange(await db.Announcements.Where(a => a.AuthorId == erased.PersonId).ToListAsync(cancellationToken));
            var posts = await db.Posts.Where(p => p.AuthorId == erased.PersonId).ToListAsync(cancellationToken);
            var postIds = posts.Select(p => p.Id).ToList();
            var comments = await db.Comments.Where(c => c.AuthorId == erased.PersonId || postIds.Contains(c.PostId)).ToListAsync(cancellationToken);
            db.Reactions.RemoveRange(await db.Reactions.Where(r => postIds.Contains(r.PostId)).ToListAsync(cancellationToken));
            db.Comments.RemoveRange(comments);
            db.Posts.RemoveRange(posts);
            // Other people's posts lose the erased person's comments from their counts.
            var commentedOn = comments.Select(c => c.PostId).Where(id => !postIds.Contains(id)).Distinct().ToList();
            var othersPosts = await db.Posts.Where(p => commentedOn.Contains(p.Id)).ToListAsync(cancellationToken);
            foreach (var post in othersPosts)
            {
                post.CommentCount = Math.Max(0, post.CommentCount - comments.Count(c => c.PostId == post.Id));
            }

            communities = [.. posts.Concat(othersPosts).Select(p => p.CommunityId).Distinct()];
            if (postIds.Count > 0 || comments.Count > 0)
            {
                db.Publish(new ContentRemovedIntegrationEvent(postIds, [.. comments.Select(c => c.Id)]), clock);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var community in communities)
        {
            await timelines.PostsChangedAsync(community, cancellationToken);
        }

        foreach (var post in reacted)
        {
            await timelines.ReactionsChangedAsync(post, cancellationToken);
        }
    }
}
