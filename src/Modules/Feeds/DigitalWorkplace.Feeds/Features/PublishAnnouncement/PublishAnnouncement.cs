using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Feeds.Announcements;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Feeds.Domain;
using DigitalWorkplace.Identity.Contracts;

namespace DigitalWorkplace.Feeds.Features.PublishAnnouncement;

/// <summary>
/// Publishes an announcement to audiences the author's roles cover. Everyone in them at that moment becomes a recipient
/// (the author excepted) in the same save as the announcement and the event that tells them, so it reaches all of
/// them or none; people who enter an audience later receive it while it is current.
/// </summary>
internal sealed record PublishAnnouncement(NewAnnouncement Announcement, string? IdempotencyKey) : ICommand<Result<Creation<AnnouncementDto>>>, IValidatable
{
    public const int MaxAudiences = 20;

    public void Validate(Validator validator)
    {
        validator
            .Required("title", Announcement.Title, Domain.Announcement.TitleMaxLength)
            .Required("markdown", Announcement.Markdown, FeedLimits.PostMaxLength)
            .MaxLength("idempotencyKey", IdempotencyKey, IdempotentRequest.KeyMaxLength)
            .That(Announcement.AudienceIds is { Count: > 0 and <= MaxAudiences }, "audienceIds", FieldError.Rule("audiences_count", $"must name 1 to {MaxAudiences} audiences.", new Dictionary<string, object> { ["max"] = MaxAudiences }))
            .That(Announcement.AcknowledgeBefore is null || Announcement.MustRead, "acknowledgeBefore", FieldError.Rule("requires_must_read", "is only for a must-read announcement."));
    }
}

internal sealed class PublishAnnouncementAuthorizer(AnnouncementAccess access) : IAuthorizer<PublishAnnouncement>
{
    public async ValueTask<Error?> AuthorizeAsync(PublishAnnouncement message, ICurrentUser user, CancellationToken cancellationToken) =>
        await access.PublishAsync(user, cancellationToken);
}

internal sealed class PublishAnnouncementHandler(
    FeedsDbContext db, AnnouncementAccess access, AnnouncementViews views, MarkdownRenderer renderer, IAudiences audiences, IPeopleDirectory people, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<PublishAnnouncement, Result<Creation<AnnouncementDto>>>
{
    public async ValueTask<Result<Creation<AnnouncementDto>>> Handle(PublishAnnouncement command, CancellationToken cancellationToken)
    {
        var wanted = command.Announcement;
        var audienceIds = wanted.AudienceIds!.Distinct().ToList();
        var targetable = (await access.TargetableAsync(user, cancellationToken)).Select(a => a.Id).ToHashSet();
        if (!audienceIds.TrueForAll(targetable.Contains))
        {
            // One answer for an audience that does not exist and one the author's roles do not cover.
            return Error.Validation("audienceIds", FieldError.Rule("unknown_audience", "names an audience you may not address."));
        }

        var now = clock.GetUtcNow();
        if (wanted.AcknowledgeBefore is { } due && due <= now)
        {
            return Error.Validation("acknowledgeBefore", FieldError.Rule("in_the_past", "must be in the future."));
        }

        var request = IdempotentRequest.For(
            command.IdempotencyKey, wanted.Title, wanted.Markdown, string.Join(',', audienceIds.Order()), wanted.MustRead.ToString(), wanted.AcknowledgeBefore?.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        return await request.CreateOnceAsync(db, FindAsync, ct => PublishAsync(wanted, audienceIds, request, now, ct), cancellationToken);
    }

    private async Task<AnnouncementDto> PublishAsync(NewAnnouncement wanted, List<Guid> audienceIds, IdempotentRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rendered = renderer.Render(wanted.Markdown!);
        var announcement = new Announcement
        {
            Id = Guid.CreateVersion7(),
            AuthorId = user.PersonId,
            Title = wanted.Title!.Trim(),
            Markdown = wanted.Markdown!,
            Html = rendered.Html,
            Text = rendered.Text,
            AudienceIds = audienceIds,
            MustRead = wanted.MustRead,
            // Kept in UTC: PostgreSQL's timestamptz takes no other offset, and every comparison is then between instants.
            AcknowledgeBefore = wanted.AcknowledgeBefore?.ToUniversalTime(),
            PublishedAt = now,
            IdempotencyKey = request.Key,
            IdempotencyFingerprint = request.StoredFingerprint,
        };
        db.Announcements.Add(announcement);
        var members = new HashSet<Guid>();
        foreach (var audienceId in audienceIds)
        {
            members.UnionWith(await AllMembersAsync(audienceId, cancellationToken));
        }

        members.Remove(user.PersonId);
        await AnnouncementDelivery.DeliverAsync(db, people, announcement, members, clock, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await views.OneAsync(announcement.Id, cancellationToken);
    }

    private async Task<List<Guid>> AllMembersAsync(Guid audienceId, CancellationToken cancellationToken)
    {
        var all = new List<Guid>();
        string? after = null;
        do
        {
            var page = await audiences.MembersAsync(audienceId, after, BuildingBlocks.Paging.Cursor.MaxPageSize, cancellationToken);
            all.AddRange(page.Items);
            after = page.Next;
        }
        while (after is not null);
        return all;
    }

    private async Task<Keyed<AnnouncementDto>?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var existing = await db.Announcements.AsNoTracking()
            .Where(a => a.AuthorId == user.PersonId && a.IdempotencyKey == key)
            .Select(a => new { a.Id, a.IdempotencyFingerprint })
            .SingleOrDefaultAsync(cancellationToken);
        return existing is null ? null : new Keyed<AnnouncementDto>(await views.OneAsync(existing.Id, cancellationToken), existing.IdempotencyFingerprint);
    }
}
