using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.BuildingBlocks.Privacy;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Data;

namespace DigitalWorkplace.Onboarding.Privacy;

/// <summary>A person's onboarding progress: their tracks, the steps done, their quiz attempts, their certificates and sign-off requests.</summary>
internal sealed class OnboardingPersonalData(OnboardingDbContext db) : IPersonalDataSource
{
    public string Name => "onboarding";

    public async Task<object> ExportAsync(Guid personId, CancellationToken cancellationToken) => new
    {
        Tracks = await (
            from a in db.Assignments.AsNoTracking()
            where a.PersonId == personId
            join t in db.Tracks on a.TrackId equals t.Id
            select new { a.TrackId, Track = t.Title, a.AssignedAt, a.DueOn }).ToListAsync(cancellationToken),
        CompletedSteps = await db.StepCompletions.AsNoTracking().Where(c => c.PersonId == personId)
            .Select(c => new { c.TrackId, c.StepId, c.CompletedAt, c.ScorePercent }).ToListAsync(cancellationToken),
        QuizAttempts = await db.QuizAttempts.AsNoTracking().Where(q => q.PersonId == personId)
            .Select(q => new { q.StepId, q.ScorePercent, q.Passed, q.At }).ToListAsync(cancellationToken),
        Certificates = await db.Certificates.AsNoTracking().Where(c => c.PersonId == personId)
            .Select(c => new { c.TrackId, c.Code, c.IssuedAt }).ToListAsync(cancellationToken),
        SignOffs = await db.SignOffRequests.AsNoTracking().Where(r => r.PersonId == personId)
            .Select(r => new { r.TrackId, r.StepId, r.RequestedAt, r.Status, r.DecidedAt, r.Note }).ToListAsync(cancellationToken),
    };
}

[IntegrationEventSubscriber("onboarding.erase-person")]
internal sealed class ErasePersonFromOnboarding(OnboardingDbContext db, BuildingBlocks.Caching.ICacheInvalidation invalidation) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public async Task HandleAsync(PersonErasedIntegrationEvent erased, CancellationToken cancellationToken)
    {
        // An erased person's certificates no longer check out: their codes answer 404, like codes never issued.
        await db.Certificates.Where(c => c.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
        await db.SignOffRequests.Where(r => r.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
        await db.SignOffRequests.Where(r => r.DecidedBy == erased.PersonId).ExecuteUpdateAsync(set => set.SetProperty(r => r.DecidedBy, (Guid?)null), cancellationToken);
        await db.QuizAttempts.Where(q => q.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
        await db.StepCompletions.Where(c => c.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
        await db.Assignments.Where(a => a.PersonId == erased.PersonId).ExecuteDeleteAsync(cancellationToken);
        await invalidation.InvalidateAsync([Features.TrackAssignments.AllKey], cancellationToken);
    }
}
