using DigitalWorkplace.BuildingBlocks.Messaging;
using Microsoft.EntityFrameworkCore;

namespace DigitalWorkplace.BuildingBlocks.Persistence;

/// <summary>
/// Base of every module's DbContext: the module's schema, its outbox and inbox, and the conventions
/// that let one model run on SQLite and PostgreSQL.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IOutboxContext
{
    /// <summary>The PostgreSQL schema (and SQLite file name) the module owns.</summary>
    protected abstract string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ModelConventions.ApplySchema(modelBuilder, Database, Schema);
        modelBuilder.ApplyMessaging();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModelConventions.Apply(configurationBuilder, Database);
}
