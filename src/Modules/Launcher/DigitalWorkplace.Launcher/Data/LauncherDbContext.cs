using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Launcher.Domain;

namespace DigitalWorkplace.Launcher.Data;

/// <summary>The launcher schema: tiles, launches and OpenIddict's applications, authorizations, scopes and tokens.</summary>
internal abstract class LauncherDbContext(DbContextOptions options) : ModuleDbContext(options), IModuleSchema
{
    public static string SchemaName => "launcher";

    protected override string Schema => SchemaName;

    public DbSet<AppTile> AppTiles => Set<AppTile>();

    public DbSet<AppLaunch> AppLaunches => Set<AppLaunch>();

    public DbSet<AppPin> AppPins => Set<AppPin>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.UseOpenIddict();

        modelBuilder.Entity<AppTile>(tile =>
        {
            tile.ToTable("app_tiles");
            tile.HasKey(t => t.Id);
            tile.Property(t => t.Name).HasMaxLength(100);
            tile.Property(t => t.Description).HasMaxLength(1000);
            tile.Property(t => t.HomeUrl).HasMaxLength(2000);
            tile.Property(t => t.IconUrl).HasMaxLength(2000);
            tile.Property(t => t.ClientId).HasMaxLength(100);
            tile.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
            tile.Property(t => t.Category).HasMaxLength(50);
            tile.HasIndex(t => t.ClientId).IsUnique();
        });
        modelBuilder.Entity<AppPin>(pin =>
        {
            pin.ToTable("app_pins");
            pin.HasKey(p => new { p.PersonId, p.TileId });
            // A deleted tile leaves nobody's launcher with a hole.
            pin.HasOne<AppTile>().WithMany().HasForeignKey(p => p.TileId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<AppLaunch>(launch =>
        {
            launch.ToTable("app_launches");
            launch.HasKey(l => l.Id);
            launch.HasIndex(l => new { l.TileId, l.At });
            launch.HasIndex(l => l.PersonId);
        });
    }
}

internal sealed class SqliteLauncherDbContext(DbContextOptions<SqliteLauncherDbContext> options) : LauncherDbContext(options);

internal sealed class PostgresLauncherDbContext(DbContextOptions<PostgresLauncherDbContext> options) : LauncherDbContext(options);
