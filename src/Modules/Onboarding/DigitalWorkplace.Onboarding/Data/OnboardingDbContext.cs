using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Data;

/// <summary>The onboarding schema: tracks and their content, assignments and progress.</summary>
internal abstract class OnboardingDbContext(DbContextOptions options) : ModuleDbContext(options), IModuleSchema
{
    public static string SchemaName => "onboarding";

    protected override string Schema => SchemaName;

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<SignOffRequest> SignOffRequests => Set<SignOffRequest>();

    public DbSet<Track> Tracks => Set<Track>();

    public DbSet<TrackAudience> TrackAudiences => Set<TrackAudience>();

    public DbSet<TrackPrerequisite> TrackPrerequisites => Set<TrackPrerequisite>();

    public DbSet<Step> Steps => Set<Step>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<Assignment> Assignments => Set<Assignment>();

    public DbSet<StepCompletion> StepCompletions => Set<StepCompletion>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<SignOffRequest>(request =>
        {
            request.ToTable("sign_off_requests");
            request.HasKey(r => r.Id);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(10);
            request.Property(r => r.Note).HasMaxLength(SignOffRequest.NoteMaxLength);
            // One waiting request a person and task: a double tap makes one.
            request.HasIndex(r => new { r.PersonId, r.StepId }).IsUnique().HasFilter("\"Status\" = 'Waiting'");
            // The managers' queue: what waits, oldest first.
            request.HasIndex(r => new { r.Status, r.RequestedAt });
        });
        modelBuilder.Entity<Certificate>(certificate =>
        {
            certificate.ToTable("certificates");
            certificate.HasKey(c => c.Id);
            certificate.Property(c => c.Code).HasMaxLength(Certificate.CodeLength);
            certificate.HasIndex(c => c.Code).IsUnique();
            // One certificate a person, track and round (a refresher certifies each round): held by the progress transaction.
            certificate.HasIndex(c => new { c.PersonId, c.TrackId });
        });

        modelBuilder.Entity<Track>(track =>
        {
            track.ToTable("tracks");
            track.HasKey(t => t.Id);
            track.Property(t => t.Title).HasMaxLength(200);
            track.Property(t => t.Description).HasMaxLength(2000);
            track.Property(t => t.Status).HasConversion<string>().HasMaxLength(10);
            track.Property(t => t.Language).HasMaxLength(10);
            track.Property(t => t.Translations).HasJsonConversion();
            track.Property(t => t.IdempotencyKey).HasMaxLength(BuildingBlocks.Idempotency.IdempotentRequest.KeyMaxLength);
            track.HasIndex(t => new { t.CreatedBy, t.IdempotencyKey }).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
            track.HasIndex(t => new { t.LineageId, t.Version }).IsUnique();
            // At most one version people get, and one draft being written, per track: two publications at once cannot both win.
            track.HasIndex(t => t.LineageId, "IX_tracks_LineageId_Published").IsUnique().HasFilter("\"Status\" = 'Published'");
            track.HasIndex(t => t.LineageId, "IX_tracks_LineageId_Draft").IsUnique().HasFilter("\"Status\" = 'Draft'");
            track.HasMany(t => t.Audience).WithOne().HasForeignKey(a => a.TrackId).OnDelete(DeleteBehavior.Cascade);
            track.HasMany(t => t.Steps).WithOne().HasForeignKey(s => s.TrackId).OnDelete(DeleteBehavior.Cascade);
            track.HasMany(t => t.Prerequisites).WithOne().HasForeignKey(p => p.TrackId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<TrackPrerequisite>(prerequisite =>
        {
            prerequisite.ToTable("track_prerequisites");
            prerequisite.HasKey(p => new { p.TrackId, p.LineageId });
        });
        modelBuilder.Entity<TrackAudience>(audience =>
        {
            // A new table rather than the employment-type one altered: SQLite would rebuild it outside a transaction, and
            // the old rows (employment types) have no audience to become. Old tracks keep their assignments.
            audience.ToTable("track_target_audiences");
            audience.HasKey(a => new { a.TrackId, a.AudienceId });
            audience.HasIndex(a => a.AudienceId);
        });
        modelBuilder.Entity<Step>(step =>
        {
            step.ToTable("steps");
            step.HasKey(s => s.Id);
            step.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            step.Property(s => s.Title).HasMaxLength(200);
            step.Property(s => s.Translations).HasJsonConversion();
            step.HasIndex(s => new { s.TrackId, s.Order }).IsUnique();
            step.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.StepId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Question>(question =>
        {
            question.ToTable("questions");
            question.HasKey(q => q.Id);
            question.Property(q => q.Text).HasMaxLength(1000);
            question.Property(q => q.Translations).HasJsonConversion();
            question.HasIndex(q => new { q.StepId, q.Order }).IsUnique();
        });
        modelBuilder.Entity<Assignment>(assignment =>
        {
            assignment.ToTable("assignments");
            assignment.HasKey(a => new { a.PersonId, a.TrackId });
            assignment.HasIndex(a => a.TrackId);
            // One version of a track a person, whichever path assigned it (publication, event, by hand) and however they raced.
            assignment.HasIndex(a => new { a.PersonId, a.LineageId }).IsUnique();
        });
        modelBuilder.Entity<StepCompletion>(completion =>
        {
            completion.ToTable("step_completions");
            completion.HasKey(c => new { c.PersonId, c.StepId });
            completion.HasIndex(c => new { c.PersonId, c.TrackId });
            // The managers' report counts a track's completions by person.
            completion.HasIndex(c => new { c.TrackId, c.PersonId });
        });
        modelBuilder.Entity<QuizAttempt>(attempt =>
        {
            attempt.ToTable("quiz_attempts");
            attempt.HasKey(a => a.Id);
            attempt.HasIndex(a => new { a.PersonId, a.StepId });
        });
    }
}

internal sealed class SqliteOnboardingDbContext(DbContextOptions<SqliteOnboardingDbContext> options) : OnboardingDbContext(options);

internal sealed class PostgresOnboardingDbContext(DbContextOptions<PostgresOnboardingDbContext> options) : OnboardingDbContext(options);

/// <summary>A dictionary kept as one JSON text column (a version's texts in other languages): read and written whole.</summary>
internal static class JsonColumns
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    public static Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<Dictionary<string, T>> HasJsonConversion<T>(
        this Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<Dictionary<string, T>> property) =>
        property.HasConversion(
            new Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<Dictionary<string, T>, string>(
                value => System.Text.Json.JsonSerializer.Serialize(value, Json),
                text => System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, T>>(text, Json) ?? new Dictionary<string, T>()),
            new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<Dictionary<string, T>>(
                (a, b) => System.Text.Json.JsonSerializer.Serialize(a, Json) == System.Text.Json.JsonSerializer.Serialize(b, Json),
                value => System.Text.Json.JsonSerializer.Serialize(value, Json).GetHashCode(StringComparison.Ordinal),
                value => System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, T>>(System.Text.Json.JsonSerializer.Serialize(value, Json), Json)!));
}
