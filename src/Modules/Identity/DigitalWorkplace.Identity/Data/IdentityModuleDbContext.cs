using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace DigitalWorkplace.Identity.Data;

/// <summary>
/// The Identity module's database (schema "identity"). It derives from ASP.NET Core Identity's context, so it
/// cannot derive from <see cref="ModuleDbContext"/>: it applies the same conventions and messaging model itself.
/// </summary>
internal abstract class IdentityModuleDbContext(DbContextOptions options)
    : IdentityDbContext<Person, IdentityRole<Guid>, Guid>(options), IOutboxContext, IModuleSchema
{
    public static string SchemaName => "identity";

    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();

    public DbSet<PersonalAccessToken> AccessTokens => Set<PersonalAccessToken>();

    public DbSet<SignInSession> Sessions => Set<SignInSession>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OutboxDelivery> OutboxDeliveries => Set<OutboxDelivery>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ModelConventions.ApplySchema(builder, Database, SchemaName);
        builder.ApplyMessaging();

        builder.Entity<Person>(person =>
        {
            person.ToTable("people");
            person.Property(p => p.DisplayName).HasMaxLength(Person.DisplayNameMaxLength);
            person.Property(p => p.EmploymentType).HasConversion<string>().HasMaxLength(20);
            person.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.SetNull);
        });
        builder.Entity<IdentityRole<Guid>>(role =>
        {
            role.ToTable("roles");
            // Seeded with fixed values so every database has the role before the first administrator is created.
            role.HasData(new IdentityRole<Guid>
            {
                Id = AdministratorRole.Id,
                Name = PlatformClaims.AdministratorRole,
                NormalizedName = AdministratorRole.NormalizedName,
                ConcurrencyStamp = "0a3b3f3e-5c1d-4c1e-9f55-7d8a9e0b6a11",
            });
        });
        builder.Entity<IdentityUserRole<Guid>>().ToTable("person_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("person_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("person_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("person_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");

        builder.Entity<OrgUnit>(unit =>
        {
            unit.ToTable("org_units");
            unit.HasKey(u => u.Id);
            unit.Property(u => u.Name).HasMaxLength(OrgUnit.NameMaxLength);
            unit.HasIndex(u => u.Name).IsUnique();
            unit.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
            unit.HasOne<OrgUnit>().WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<SignInSession>(session =>
        {
            session.ToTable("sessions");
            session.HasKey(s => s.Key);
            session.Property(s => s.Key).HasMaxLength(64);
            session.HasIndex(s => s.PersonId);
            session.HasIndex(s => s.ExpiresAt);
            session.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PersonalAccessToken>(token =>
        {
            token.ToTable("access_tokens");
            token.HasKey(t => t.Id);
            token.Property(t => t.Name).HasMaxLength(PersonalAccessToken.NameMaxLength);
            token.Property(t => t.Hash).HasMaxLength(64);
            token.HasIndex(t => t.Hash).IsUnique();
            token.Property(t => t.Prefix).HasMaxLength(16);
            token.HasIndex(t => t.PersonId);
            token.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        ModelConventions.Apply(configurationBuilder, Database);
}
