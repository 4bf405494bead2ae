using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features;

internal static class StepCompletions
{
    /// <summary>
    /// Records that the person completed the step, with its integration event, unless it already was:
    /// completing twice changes nothing and tells nobody twice. The caller saves.
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
        var stepsInTrack = await db.Steps.CountAsync(s => s.TrackId == step.TrackId, cancellationToken);
        var completedBefore = await db.StepCompletions.CountAsync(c => c.PersonId == personId && c.TrackId == step.TrackId, cancellationToken);
        var trackCompleted = completedBefore + 1 >= stepsInTrack;
        if (trackCompleted && !await db.Certificates.AnyAsync(c => c.PersonId == personId && c.TrackId == step.TrackId, cancellationToken))
        {
            db.Certificates.Add(new Certificate { Id = Guid.CreateVersion7(), Code = Certificate.NewCode(), PersonId = personId, TrackId = step.TrackId, IssuedAt = clock.GetUtcNow() });
        }

        db.Publish(new OnboardingStepCompletedIntegrationEvent(personId, step.TrackId, step.Id, TrackCompleted: trackCompleted), clock);
        return true;
    }
}
