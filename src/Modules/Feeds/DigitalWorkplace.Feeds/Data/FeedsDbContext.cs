using DigitalWorkplace.BuildingBlocks.Idempotency;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Domain;

namespace DigitalWorkplace.Feeds.Data;

/// <summary>The Feeds module's data (schema "feeds"); one derived context per provider keeps migrations apart.</summary>
internal abstract class FeedsDbContext(DbContextOptions options) : ModuleDbContext(options), IModuleSchema
{
    public static string SchemaName => "feeds";

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<Reaction> Reactions => Set<Reaction>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<Announcement> Announcements => Set<Announcement>();

    public DbSet<BrandValue> BrandValues => Set<BrandValue>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<LinkPreview> LinkPreviews => Set<LinkPreview>();

    public DbSet<PollVote> PollVotes => Set<PollVote>();

    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();

    public DbSet<PostTag> PostTags => Set<PostTag>();

    public DbSet<ScheduledPost> ScheduledPosts => Set<ScheduledPost>();

    public DbSet<Recognition> Recognitions => Set<Recognition>();

    public DbSet<AnnouncementRecipient> AnnouncementRecipients => Set<AnnouncementRecipient>();

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Post>(post =>
        {
            post.ToTable("posts");
            post.HasKey(p => p.Id);
            post.Property(p => p.Markdown).HasMaxLength(FeedLimits.PostMaxLength);
            post.Property(p => p.IdempotencyKey).HasMaxLength(IdempotentRequest.KeyMaxLength);
            post.Property(p => p.IdempotencyFingerprint).HasMaxLength(32);
            post.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            post.Property(p => p.Attachments).HasConversion(JsonColumns.Converter, JsonColumns.Comparer);
            post.Property(p => p.LinkPreview).HasConversion(JsonColumns.LinkConverter);
            post.Property(p => p.Poll).HasConversion(JsonColumns.PollConverter);
            // The community and home feeds: "posts of these communities, newest id first, before this cursor".
            post.HasIndex(p => new { p.CommunityId, p.Id });
            // "The post pinned in this community".
            post.HasIndex(p => new { p.CommunityId, p.PinnedAt });
            // NULL keys are distinct in both SQLite and PostgreSQL, so posts without a key never collide.
            post.HasIndex(p => new { p.AuthorId, p.IdempotencyKey }).IsUnique();
        });
        modelBuilder.Entity<Comment>(comment =>
        {
            comment.ToTable("comments");
            comment.HasKey(c => c.Id);
            comment.Property(c => c.Markdown).HasMaxLength(FeedLimits.CommentMaxLength);
            comment.Property(c => c.IdempotencyKey).HasMaxLength(IdempotentRequest.KeyMaxLength);
            comment.Property(c => c.IdempotencyFingerprint).HasMaxLength(32);
            comment.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            comment.Property(c => c.Attachments).HasConversion(JsonColumns.Converter, JsonColumns.Comparer);
            comment.HasIndex(c => new { c.PostId, c.Id });
            comment.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Cascade);
            comment.HasIndex(c => new { c.AuthorId, c.IdempotencyKey }).IsUnique();
            comment.HasOne<Post>().WithMany().HasForeignKey(c => c.PostId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Reaction>(reaction =>
        {
            reaction.ToTable("reactions");
            reaction.HasKey(r => new { r.PostId, r.PersonId, r.Kind });
            reaction.Property(r => r.Kind).HasMaxLength(ReactionKinds.MaxLength);
            reaction.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Report>(report =>
        {
            // No foreign key to the content: a report outlives the post a moderator deleted, as the record of why.
            report.ToTable("reports");
            report.HasKey(r => r.Id);
            report.Property(r => r.Reason).HasConversion<string>().HasMaxLength(20);
            report.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
            report.Property(r => r.Details).HasMaxLength(Report.DetailsMaxLength);
            report.HasIndex(r => new { r.ReporterId, r.TargetId }).IsUnique();
            // The queues: "open reports of this community" and, for administrators, of all.
            report.HasIndex(r => new { r.CommunityId, r.DecidedAt });
            report.HasIndex(r => r.TargetId);
        });
        modelBuilder.Entity<Announcement>(announcement =>
        {
            announcement.ToTable("announcements");
            announcement.HasKey(a => a.Id);
            announcement.Property(a => a.Title).HasMaxLength(Announcement.TitleMaxLength);
            announcement.Property(a => a.Markdown).HasMaxLength(FeedLimits.PostMaxLength);
            announcement.Property(a => a.IdempotencyKey).HasMaxLength(IdempotentRequest.KeyMaxLength);
            announcement.Property(a => a.IdempotencyFingerprint).HasMaxLength(32);
            announcement.HasIndex(a => new { a.AuthorId, a.IdempotencyKey }).IsUnique();
            // Later arrivals in an audience: "the announcements published since then".
            announcement.HasIndex(a => a.PublishedAt);
        });
        modelBuilder.Entity<Attachment>(attachment =>
        {
            // No foreign key: an upload exists before its post, and its file outlives nothing (deleted with it).
            attachment.ToTable("attachments");
            attachment.HasKey(a => a.Id);
            attachment.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
            attachment.Property(a => a.FileName).HasMaxLength(Attachment.FileNameMaxLength);
            attachment.Property(a => a.ContentType).HasMaxLength(120);
            attachment.Property(a => a.StorageKey).HasMaxLength(200);
            attachment.HasIndex(a => a.PostId);
            attachment.HasIndex(a => new { a.UploaderId, a.UploadedAt });
        });
        modelBuilder.Entity<ScheduledPost>(scheduled =>
        {
            scheduled.ToTable("scheduled_posts");
            scheduled.HasKey(s => s.Id);
            scheduled.Property(s => s.Markdown).HasMaxLength(FeedLimits.PostMaxLength);
            scheduled.Property(s => s.Poll).HasConversion(JsonColumns.PollConverter);
            scheduled.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
            scheduled.Property(s => s.Failure).HasMaxLength(100);
            // The scheduler's question: "what is due?"; and "my scheduled posts".
            scheduled.HasIndex(s => new { s.Status, s.PublishAt });
            scheduled.HasIndex(s => new { s.AuthorId, s.PublishAt });
        });
        modelBuilder.Entity<PostTag>(tag =>
        {
            tag.ToTable("post_tags");
            tag.HasKey(t => new { t.PostId, t.Tag });
            tag.Property(t => t.Tag).HasMaxLength(Hashtags.MaxLength * 2);
            // A topic page: "posts with this tag, newest first".
            tag.HasIndex(t => new { t.Tag, t.PostId });
            tag.HasOne<Post>().WithMany().HasForeignKey(t => t.PostId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PostRevision>(revision =>
        {
            revision.ToTable("post_revisions");
            revision.HasKey(r => r.Id);
            revision.Property(r => r.Markdown).HasMaxLength(FeedLimits.PostMaxLength);
            revision.HasIndex(r => new { r.PostId, r.Id });
            revision.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PollVote>(vote =>
        {
            vote.ToTable("poll_votes");
            vote.HasKey(v => new { v.PostId, v.PersonId, v.Option });
            vote.HasOne<Post>().WithMany().HasForeignKey(v => v.PostId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<LinkPreview>(preview =>
        {
            preview.ToTable("link_previews");
            preview.HasKey(p => p.UrlHash);
            preview.Property(p => p.UrlHash).HasMaxLength(64);
            preview.Property(p => p.Url).HasMaxLength(LinkPreview.UrlMaxLength);
            preview.Property(p => p.Title).HasMaxLength(Feeds.LinkPreviews.LinkPreviewParser.TitleMaxLength);
            preview.Property(p => p.Description).HasMaxLength(Feeds.LinkPreviews.LinkPreviewParser.DescriptionMaxLength);
            preview.Property(p => p.SiteName).HasMaxLength(Feeds.LinkPreviews.LinkPreviewParser.SiteNameMaxLength);
        });
        modelBuilder.Entity<BrandValue>(value =>
        {
            value.ToTable("brand_values");
            value.HasKey(v => v.Id);
            value.Property(v => v.Icon).HasMaxLength(BrandValue.IconMaxLength);
            value.Property(v => v.NameEn).HasMaxLength(BrandValue.NameMaxLength);
            value.Property(v => v.NameFr).HasMaxLength(BrandValue.NameMaxLength);
            value.Property(v => v.DescriptionEn).HasMaxLength(BrandValue.DescriptionMaxLength);
            value.Property(v => v.DescriptionFr).HasMaxLength(BrandValue.DescriptionMaxLength);
        });
        modelBuilder.Entity<Recognition>(recognition =>
        {
            recognition.ToTable("recognitions");
            recognition.HasKey(r => new { r.PostId, r.PersonId });
            // The values wall: "recognitions in this period", by value or location.
            recognition.HasIndex(r => r.GivenAt);
            recognition.HasIndex(r => new { r.BrandValueId, r.GivenAt });
            recognition.HasOne<Post>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
            recognition.HasOne<BrandValue>().WithMany().HasForeignKey(r => r.BrandValueId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<AnnouncementRecipient>(recipient =>
        {
            recipient.ToTable("announcement_recipients");
            recipient.HasKey(r => new { r.AnnouncementId, r.PersonId });
            // "My announcements, newest first" and "what I must acknowledge".
            recipient.HasIndex(r => new { r.PersonId, r.AnnouncementId });
            recipient.HasOne<Announcement>().WithMany().HasForeignKey(r => r.AnnouncementId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}

internal sealed class SqliteFeedsDbContext(DbContextOptions<SqliteFeedsDbContext> options) : FeedsDbContext(options);

internal sealed class PostgresFeedsDbContext(DbContextOptions<PostgresFeedsDbContext> options) : FeedsDbContext(options);

/// <summary>The values kept as JSON text columns (the same on SQLite and PostgreSQL): attachments, link previews, polls.</summary>
internal static class JsonColumns
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<List<AttachmentRef>, string> Converter = new(
        list => System.Text.Json.JsonSerializer.Serialize(list, Json),
        text => System.Text.Json.JsonSerializer.Deserialize<List<AttachmentRef>>(text, Json) ?? new List<AttachmentRef>());

    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<PostLink?, string?> LinkConverter = new(
        link => link == null ? null : System.Text.Json.JsonSerializer.Serialize(link, Json),
        text => text == null ? null : System.Text.Json.JsonSerializer.Deserialize<PostLink>(text, Json));

    public static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<PostPoll?, string?> PollConverter = new(
        poll => poll == null ? null : System.Text.Json.JsonSerializer.Serialize(poll, Json),
        text => text == null ? null : System.Text.Json.JsonSerializer.Deserialize<PostPoll>(text, Json));

    public static readonly Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<AttachmentRef>> Comparer = new(
        (a, b) => a!.SequenceEqual(b!),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.Id)),
        list => list.ToList());
}
