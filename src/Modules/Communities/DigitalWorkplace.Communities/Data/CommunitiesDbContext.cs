using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Domain;

namespace DigitalWorkplace.Communities.Data;

/// <summary>The Communities module's data (schema "communities"); one derived context per provider keeps migrations apart.</summary>
internal abstract class CommunitiesDbContext(DbContextOptions options) : ModuleDbContext(options), IModuleSchema
{
    public DbSet<Community> Communities => Set<Community>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<JoinRequest> JoinRequests => Set<JoinRequest>();

    public DbSet<KeywordRule> KeywordRules => Set<KeywordRule>();

    public DbSet<Ban> Bans => Set<Ban>();

    public DbSet<CommunityEvent> Events => Set<CommunityEvent>();

    public DbSet<EventRsvp> Rsvps => Set<EventRsvp>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    public DbSet<CommunityCover> Covers => Set<CommunityCover>();

    public DbSet<CommunityAudience> Audiences => Set<CommunityAudience>();

    public DbSet<CommunityInvitation> Invitations => Set<CommunityInvitation>();

    public DbSet<SupportRequest> SupportRequests => Set<SupportRequest>();

    public DbSet<SupportMessage> SupportMessages => Set<SupportMessage>();

    public DbSet<SupportScreenshot> SupportScreenshots => Set<SupportScreenshot>();

    public static string SchemaName => "communities";

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Community>(community =>
        {
            community.ToTable("communities");
            community.HasKey(c => c.Id);
            community.Property(c => c.Name).HasMaxLength(CommunityLimits.NameMaxLength);
            community.Property(c => c.NormalizedName).HasMaxLength(CommunityLimits.NameMaxLength);
            community.Property(c => c.Description).HasMaxLength(CommunityLimits.DescriptionMaxLength);
            community.Property(c => c.Visibility).HasConversion<string>().HasMaxLength(20);
            community.HasIndex(c => c.NormalizedName).IsUnique();
            community.Property(c => c.Language).HasMaxLength(CommunityLimits.LanguageMaxLength);
            community.Property(c => c.Charter).HasMaxLength(CommunityLimits.CharterMaxLength);
        });
        modelBuilder.Entity<CommunityAudience>(link =>
        {
            link.ToTable("community_audiences");
            link.HasKey(l => new { l.CommunityId, l.AudienceId });
            // "Which communities follow this audience?" on every audience change.
            link.HasIndex(l => l.AudienceId);
            link.HasOne<Community>().WithMany().HasForeignKey(l => l.CommunityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CommunityInvitation>(invitation =>
        {
            invitation.ToTable("community_invitations");
            invitation.HasKey(i => new { i.CommunityId, i.PersonId });
            invitation.HasIndex(i => i.PersonId);
            invitation.HasOne<Community>().WithMany().HasForeignKey(i => i.CommunityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SupportRequest>(request =>
        {
            request.ToTable("support_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Category).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Text).HasMaxLength(SupportRequest.TextMaxLength);
            request.Property(r => r.Page).HasMaxLength(SupportRequest.PageMaxLength);
            request.Property(r => r.IdempotencyKey).HasMaxLength(BuildingBlocks.Idempotency.IdempotentRequest.KeyMaxLength);
            request.Property(r => r.IdempotencyFingerprint).HasMaxLength(32);
            request.HasIndex(r => new { r.PersonId, r.IdempotencyKey }).IsUnique();
            // The queue: "open ones, oldest first".
            request.HasIndex(r => new { r.Status, r.UpdatedAt });
        });
        modelBuilder.Entity<SupportMessage>(message =>
        {
            message.ToTable("support_messages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Text).HasMaxLength(SupportRequest.TextMaxLength);
            message.HasIndex(m => new { m.RequestId, m.Id });
            message.HasOne<SupportRequest>().WithMany().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SupportScreenshot>(screenshot =>
        {
            screenshot.ToTable("support_screenshots");
            screenshot.HasKey(s => s.RequestId);
            screenshot.HasOne<SupportRequest>().WithOne().HasForeignKey<SupportScreenshot>(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CommunityCover>(cover =>
        {
            cover.ToTable("community_covers");
            cover.HasKey(c => c.CommunityId);
            cover.HasOne<Community>().WithOne().HasForeignKey<CommunityCover>(c => c.CommunityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Membership>(membership =>
        {
            membership.ToTable("memberships");
            membership.HasKey(m => new { m.CommunityId, m.PersonId });
            membership.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
            // "Which communities is this person in?" is asked on every feed page.
            membership.HasIndex(m => m.PersonId);
            membership.HasOne<Community>().WithMany().HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<JoinRequest>(request =>
        {
            request.ToTable("join_requests");
            request.HasKey(r => new { r.CommunityId, r.PersonId });
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            request.Property(r => r.Message).HasMaxLength(JoinRequest.MessageMaxLength);
            request.HasIndex(r => new { r.CommunityId, r.Status });
            request.HasIndex(r => r.PersonId);
            request.HasOne<Community>().WithMany().HasForeignKey(r => r.CommunityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<KeywordRule>(rule =>
        {
            rule.ToTable("keyword_rules");
            rule.HasKey(r => new { r.CommunityId, r.Keyword });
            rule.Property(r => r.Keyword).HasMaxLength(KeywordRule.KeywordMaxLength);
            rule.Property(r => r.Action).HasConversion<string>().HasMaxLength(20);
            rule.HasOne<Community>().WithMany().HasForeignKey(r => r.CommunityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Ban>(ban =>
        {
            ban.ToTable("bans");
            ban.HasKey(b => new { b.CommunityId, b.PersonId });
            ban.Property(b => b.Reason).HasMaxLength(Ban.ReasonMaxLength);
            ban.HasIndex(b => b.PersonId);
            ban.HasOne<Community>().WithMany().HasForeignKey(b => b.CommunityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CommunityEvent>(e =>
        {
            e.ToTable("events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(CommunityEvent.TitleMaxLength);
            e.Property(x => x.Description).HasMaxLength(CommunityEvent.DescriptionMaxLength);
            e.Property(x => x.Place).HasMaxLength(CommunityEvent.PlaceMaxLength);
            e.Property(x => x.OnlineUrl).HasMaxLength(CommunityEvent.OnlineUrlMaxLength);
            e.Property(x => x.TimeZone).HasMaxLength(CommunityEvent.TimeZoneMaxLength);
            e.Property(x => x.IdempotencyKey).HasMaxLength(BuildingBlocks.Idempotency.IdempotentRequest.KeyMaxLength);
            e.Property(x => x.IdempotencyFingerprint).HasMaxLength(32);
            // "This community's coming events", "my communities' coming events", and the reminders' "starting soon".
            e.HasIndex(x => new { x.CommunityId, x.StartsAt });
            e.HasIndex(x => new { x.ReminderSentAt, x.StartsAt });
            e.HasIndex(x => new { x.CreatedBy, x.IdempotencyKey }).IsUnique();
            e.HasOne<Community>().WithMany().HasForeignKey(x => x.CommunityId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EventRsvp>(rsvp =>
        {
            rsvp.ToTable("event_rsvps");
            rsvp.HasKey(r => new { r.EventId, r.PersonId });
            rsvp.Property(r => r.Response).HasConversion<string>().HasMaxLength(10);
            rsvp.HasIndex(r => r.PersonId);
            rsvp.HasOne<CommunityEvent>().WithMany().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<CalendarFeed>(feed =>
        {
            feed.ToTable("calendar_feeds");
            feed.HasKey(f => f.PersonId);
            feed.Property(f => f.TokenHash).HasMaxLength(64);
            feed.HasIndex(f => f.TokenHash).IsUnique();
        });
    }
}

internal sealed class SqliteCommunitiesDbContext(DbContextOptions<SqliteCommunitiesDbContext> options) : CommunitiesDbContext(options);

internal sealed class PostgresCommunitiesDbContext(DbContextOptions<PostgresCommunitiesDbContext> options) : CommunitiesDbContext(options);
