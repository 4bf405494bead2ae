using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features;

internal static class StepCompletions
{
    /// <summary>
    /// Opens the transaction in which a person's progress on a track changes, and takes their assignment's row first (a
    /// no-op update: a row lock on PostgreSQL, the write lock on SQLite), so two changes at once — a double tap, a
    /// manager's sign-off while the person finishes a page, parallel quiz submissions — run one after the other and
    /// each sees the other's completions and attempts.
    /// </summary>
    public static async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginProgressAsync(this OnboardingDbContext db, Guid personId, Guid trackId, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Assignments.Where(a => a.PersonId == personId && a.TrackId == trackId).ExecuteUpdateAsync(set => set.SetProperty(a => a.DueOn, a => a.DueOn), cancellationToken);
        return transaction;
    }

    /// <summary>A step done by itself (a page, a policy, a community joined): recorded and saved in the person's progress transaction.</summary>
    public static async Task CompleteAloneAsync(this OnboardingDbContext db, Guid personId, Step step, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginProgressAsync(personId, step.TrackId, cancellationToken);
        if (await db.RecordAsync(personId, step, scorePercent: null, clock, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Records that the person completed the step, with its integration event (and the certificate when it was the
    /// track's last), unless it already was: completing twice changes nothing and tells nobody twice. The caller
    /// saves, inside <see cref="BeginProgressAsync"/>.
    /// </summary>
    public static async Task<bool> RecordAsync(this OnboardingDbContext db, Guid personId, Step step, int? scorePercent, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (await db.StepCompletions.AnyAsync(c => c.PersonId == personId && c.StepId == step.Id, cancellationToken))
        {
            return false;
        }

        db.StepCompletions.Add(new StepCompletion
        {
            PersonId = personId,
            StepId = step.Id,
            TrackId = step.TrackId,
            CompletedAt = clock.GetUtcNow(),
            ScorePercent = scorePercent,
        });
        var trackCompleted = await db.CertifyIfFinishedAsync(personId, step.TrackId, unsaved: 1, clock, cancellationToken);
        db.Publish(new OnboardingStepCompletedIntegrationEvent(personId, step.TrackId, step.Id, TrackCompleted: trackCompleted), clock);
        if (trackCompleted)
        {
            var lineageId = await db.Tracks.Where(t => t.Id == step.TrackId).Select(t => t.LineageId).SingleAsync(cancellationToken);
            db.Publish(new OnboardingTrackCompletedIntegrationEvent(personId, step.TrackId, lineageId), clock);
        }
        return true;
    }

    /// <summary>
    /// Whether the person's completions — those saved and <paramref name="unsaved"/> more about to be — cover the track;
    /// if so, adds its certificate unless they have it. The one rule for "finished", at the last step and for a late
    /// certificate alike. The caller saves.
    /// </summary>
    public static async Task<bool> CertifyIfFinishedAsync(this OnboardingDbContext db, Guid personId, Guid trackId, int unsaved, TimeProvider clock, CancellationToken cancellationToken)
    {
        var steps = await db.Steps.CountAsync(s => s.TrackId == trackId, cancellationToken);
        var done = await db.StepCompletions.CountAsync(c => c.PersonId == personId && c.TrackId == trackId, cancellationToken) + unsaved;
        if (steps == 0 || done < steps)
        {
            return false;
        }

        // Once a round: a refresher that came back certifies again.
        var roundBegan = await db.Assignments.Where(a => a.PersonId == personId && a.TrackId == trackId).Select(a => (DateTimeOffset?)a.AssignedAt).SingleOrDefaultAsync(cancellationToken)
            ?? DateTimeOffset.MinValue;
        if (!await db.Certificates.AnyAsync(c => c.PersonId == personId && c.TrackId == trackId && c.IssuedAt >= roundBegan, cancellationToken))
        {
            db.Certificates.Add(Certificate.Issue(personId, trackId, clock));
        }

        return true;
    }
}
