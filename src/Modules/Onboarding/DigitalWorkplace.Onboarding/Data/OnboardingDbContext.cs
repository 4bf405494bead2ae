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
            // One certificate a person and track, whichever completion got there first.
            certificate.HasIndex(c => new { c.PersonId, c.TrackId }).IsUnique();
        });

        modelBuilder.Entity<Track>(track =>
        {
            track.ToTable("tracks");
            track.HasKey(t => t.Id);
            track.Property(t => t.Title).HasMaxLength(200);
            track.Property(t => t.Description).HasMaxLength(2000);
            track.HasMany(t => t.Audience).WithOne().HasForeignKey(a => a.TrackId).OnDelete(DeleteBehavior.Cascade);
            track.HasMany(t => t.Steps).WithOne().HasForeignKey(s => s.TrackId).OnDelete(DeleteBehavior.Cascade);
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
            step.HasIndex(s => new { s.TrackId, s.Order }).IsUnique();
            step.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.StepId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Question>(question =>
        {
            question.ToTable("questions");
            question.HasKey(q => q.Id);
            question.Property(q => q.Text).HasMaxLength(1000);
            question.HasIndex(q => new { q.StepId, q.Order }).IsUnique();
        });
        modelBuilder.Entity<Assignment>(assignment =>
        {
            assignment.ToTable("assignments");
            assignment.HasKey(a => new { a.PersonId, a.TrackId });
            assignment.HasIndex(a => a.TrackId);
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
