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

    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();

    public DbSet<Season> Seasons => Set<Season>();

    public DbSet<SeasonMember> SeasonMembers => Set<SeasonMember>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<Audience> Audiences => Set<Audience>();

    public DbSet<AudienceMember> AudienceMembers => Set<AudienceMember>();

    public DbSet<PeopleImport> Imports => Set<PeopleImport>();

    public DbSet<GuestAccess> Guests => Set<GuestAccess>();

    public DbSet<PersonPhoto> Photos => Set<PersonPhoto>();

    public DbSet<PersonalAccessToken> AccessTokens => Set<PersonalAccessToken>();

    public DbSet<SignInSession> Sessions => Set<SignInSession>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<ScimClient> ScimClients => Set<ScimClient>();

    public DbSet<ScimGroup> ScimGroups => Set<ScimGroup>();

    public DbSet<ScimGroupMember> ScimGroupMembers => Set<ScimGroupMember>();

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
            person.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            person.Property(p => p.Position).HasMaxLength(Person.PositionMaxLength);
            person.Property(p => p.Languages).HasMaxLength(Person.LanguagesMaxLength);
            person.Property(p => p.EmployeeId).HasMaxLength(Person.EmployeeIdMaxLength);
            person.Property(p => p.Tags).HasMaxLength(Person.TagsMaxLength);
            // E-mail is optional (staff without one sign in with a handle); when present it is unique. Both
            // databases let a unique index hold any number of NULLs.
            person.HasIndex(p => p.NormalizedEmail).HasDatabaseName("EmailIndex").IsUnique();
            person.HasIndex(p => p.EmployeeId).IsUnique();
            person.HasIndex(p => new { p.OrgUnitId, p.Status });
            person.HasIndex(p => new { p.Status, p.EndDate });
            person.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.OrgUnitId).OnDelete(DeleteBehavior.SetNull);
            // No foreign key to people: SQLite would rebuild the whole table to add one, outside a transaction. The
            // handlers check that a manager exists; a deleted manager leaves a dangling id that the views show as nobody.
            person.HasIndex(p => p.ManagerId);
            person.Property(p => p.ExternalId).HasMaxLength(Person.DirectoryFieldMaxLength);
            person.Property(p => p.GivenName).HasMaxLength(Person.DirectoryFieldMaxLength);
            person.Property(p => p.FamilyName).HasMaxLength(Person.DirectoryFieldMaxLength);
            person.Property(p => p.Department).HasMaxLength(Person.DirectoryFieldMaxLength);
            person.HasIndex(p => new { p.ProvisionedBy, p.ExternalId });
        });
        // Identity's role tables are required by its stores but unused: roles are scoped grants (RoleGrant).
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
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

        builder.Entity<RoleGrant>(grant =>
        {
            grant.ToTable("role_grants");
            grant.HasKey(g => g.Id);
            grant.Property(g => g.Role).HasConversion<string>().HasMaxLength(30);
            grant.HasIndex(g => new { g.PersonId, g.Role, g.OrgUnitId }).IsUnique();
            grant.HasOne<Person>().WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Cascade);
            grant.HasOne<OrgUnit>().WithMany().HasForeignKey(g => g.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Season>(season =>
        {
            season.ToTable("seasons");
            season.HasKey(s => s.Id);
            season.Property(s => s.Name).HasMaxLength(Season.NameMaxLength);
            season.HasIndex(s => s.EndDate);
            season.HasMany(s => s.Locations).WithOne().HasForeignKey(l => l.SeasonId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SeasonLocation>(location =>
        {
            location.ToTable("season_locations");
            location.HasKey(l => new { l.SeasonId, l.OrgUnitId });
            location.HasOne<OrgUnit>().WithMany().HasForeignKey(l => l.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<SeasonMember>(member =>
        {
            member.ToTable("season_members");
            member.HasKey(m => new { m.SeasonId, m.PersonId });
            member.HasIndex(m => m.PersonId);
            member.Property(m => m.JoinedBy).HasConversion<string>().HasMaxLength(20);
            member.HasOne<Season>().WithMany().HasForeignKey(m => m.SeasonId).OnDelete(DeleteBehavior.Cascade);
            member.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<Invitation>(invitation =>
        {
            invitation.ToTable("invitations");
            invitation.HasKey(i => i.Id);
            invitation.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
            invitation.Property(i => i.EmploymentType).HasConversion<string>().HasMaxLength(20);
            invitation.Property(i => i.Code).HasMaxLength(Invitation.CodeLength);
            invitation.HasIndex(i => i.Code).IsUnique();
            invitation.Property(i => i.SecretHash).HasMaxLength(64);
            invitation.HasIndex(i => i.SecretHash).IsUnique();
            invitation.Property(i => i.ProtectedSecret).HasMaxLength(512);
            invitation.HasIndex(i => i.PersonId);
            invitation.HasIndex(i => i.OrgUnitId);
            invitation.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
            invitation.HasOne<OrgUnit>().WithMany().HasForeignKey(i => i.OrgUnitId).OnDelete(DeleteBehavior.Cascade);
            invitation.HasOne<Season>().WithMany().HasForeignKey(i => i.SeasonId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<Audience>(audience =>
        {
            audience.ToTable("audiences");
            audience.HasKey(a => a.Id);
            audience.Property(a => a.Name).HasMaxLength(Audience.NameMaxLength);
            audience.Property(a => a.Rule).HasConversion(
                rule => System.Text.Json.JsonSerializer.Serialize(rule, AudienceJson.Options),
                json => System.Text.Json.JsonSerializer.Deserialize<AudienceRule>(json, AudienceJson.Options) ?? new AudienceRule(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<AudienceRule>(
                    (a, b) => System.Text.Json.JsonSerializer.Serialize(a, AudienceJson.Options) == System.Text.Json.JsonSerializer.Serialize(b, AudienceJson.Options),
                    rule => System.Text.Json.JsonSerializer.Serialize(rule, AudienceJson.Options).GetHashCode(StringComparison.Ordinal),
                    rule => rule));
        });
        builder.Entity<AudienceMember>(member =>
        {
            member.ToTable("audience_members");
            member.HasKey(m => new { m.AudienceId, m.PersonId });
            member.HasIndex(m => m.PersonId);
            member.HasOne<Audience>().WithMany().HasForeignKey(m => m.AudienceId).OnDelete(DeleteBehavior.Cascade);
            member.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<GuestAccess>(guest =>
        {
            guest.ToTable("guest_access");
            guest.HasKey(g => g.PersonId);
            guest.HasIndex(g => g.SponsorId);
            guest.HasOne<Person>().WithMany().HasForeignKey(g => g.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PersonPhoto>(photo =>
        {
            photo.ToTable("person_photos");
            photo.HasKey(p => p.PersonId);
            photo.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<PeopleImport>(import =>
        {
            import.ToTable("people_imports");
            import.HasKey(i => i.Id);
            import.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            import.HasIndex(i => new { i.Status, i.HeartbeatAt });
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

        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_log");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Action).HasMaxLength(AuditEntry.ActionMaxLength);
            entry.Property(e => e.Address).HasMaxLength(64);
            entry.Property(e => e.Client).HasMaxLength(AuditEntry.TextMaxLength);
            entry.Property(e => e.Via).HasMaxLength(AuditEntry.TextMaxLength);
            entry.Property(e => e.SubjectType).HasMaxLength(AuditEntry.ActionMaxLength);
            entry.Property(e => e.SubjectId).HasMaxLength(64);
            entry.Property(e => e.SubjectName).HasMaxLength(AuditEntry.TextMaxLength);
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => e.ActorId);
            entry.HasIndex(e => e.SubjectId);
            entry.HasIndex(e => new { e.OrgUnitId, e.Id });
        });

        builder.Entity<ScimClient>(client =>
        {
            client.ToTable("scim_clients");
            client.HasKey(c => c.Id);
            client.Property(c => c.Name).HasMaxLength(ScimClient.NameMaxLength);
            client.Property(c => c.Hash).HasMaxLength(64);
            client.HasIndex(c => c.Hash).IsUnique();
            client.Property(c => c.Prefix).HasMaxLength(16);
            client.Property(c => c.TenantId).HasMaxLength(ScimClient.TenantIdMaxLength);
        });
        builder.Entity<ScimGroup>(group =>
        {
            group.ToTable("scim_groups");
            group.HasKey(g => g.Id);
            group.Property(g => g.DisplayName).HasMaxLength(ScimGroup.DisplayNameMaxLength);
            group.Property(g => g.ExternalId).HasMaxLength(Person.DirectoryFieldMaxLength);
            group.Property(g => g.Tag).HasMaxLength(40);
            group.HasIndex(g => g.Tag).IsUnique();
            group.HasIndex(g => g.DisplayName);
            group.HasOne<ScimClient>().WithMany().HasForeignKey(g => g.ClientId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<ScimGroupMember>(member =>
        {
            member.ToTable("scim_group_members");
            member.HasKey(m => new { m.GroupId, m.PersonId });
            member.HasIndex(m => m.PersonId);
            member.HasOne<ScimGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
            member.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
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
