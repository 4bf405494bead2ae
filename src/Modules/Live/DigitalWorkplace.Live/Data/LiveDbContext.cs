using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Live.Domain;

namespace DigitalWorkplace.Live.Data;

/// <summary>The Live module's data (schema "live"): notifications; one derived context per provider keeps migrations apart.</summary>
internal abstract class LiveDbContext(DbContextOptions options) : ModuleDbContext(options), IModuleSchema
{
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationPreferences> NotificationPreferences => Set<NotificationPreferences>();

    public DbSet<DigestCursor> DigestCursors => Set<DigestCursor>();

    public static string SchemaName => "live";

    protected override string Schema => SchemaName;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("notifications");
            notification.HasKey(n => n.Id);
            notification.Property(n => n.Kind).HasMaxLength(Notification.KindMaxLength);
            notification.Property(n => n.Text).HasMaxLength(Notification.TextMaxLength);
            notification.Property(n => n.Url).HasMaxLength(Notification.UrlMaxLength);
            // A person's newest first, and their unread count.
            notification.HasIndex(n => new { n.PersonId, n.Id });
            notification.HasIndex(n => new { n.PersonId, n.ReadAt });
            // What waited unread long enough for the e-mail digest.
            notification.HasIndex(n => new { n.ReadAt, n.At });
        });
        modelBuilder.Entity<NotificationPreferences>(preferences =>
        {
            preferences.ToTable("notification_preferences");
            preferences.HasKey(p => p.PersonId);
            preferences.Property(p => p.TimeZone).HasMaxLength(64);
            preferences.Property(p => p.Digest).HasConversion<string>().HasMaxLength(10);
            preferences.Property(p => p.Language).HasMaxLength(8);
        });
        modelBuilder.Entity<DigestCursor>(cursor =>
        {
            cursor.ToTable("digest_cursors");
            cursor.HasKey(c => c.PersonId);
        });
    }
}

internal sealed class SqliteLiveDbContext(DbContextOptions<SqliteLiveDbContext> options) : LiveDbContext(options);

internal sealed class PostgresLiveDbContext(DbContextOptions<PostgresLiveDbContext> options) : LiveDbContext(options);
