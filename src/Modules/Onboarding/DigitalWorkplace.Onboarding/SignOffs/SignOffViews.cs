using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.SignOffs;

/// <summary>Sign-off requests as people read them: who (and where they work), which track and task, where it stands.</summary>
internal sealed class SignOffViews(OnboardingDbContext db, IPeopleDirectory people)
{
    public async Task<IReadOnlyList<SignOffDto>> ToDtosAsync(IReadOnlyCollection<SignOffRequest> requests, CancellationToken cancellationToken)
    {
        if (requests.Count == 0)
        {
            return [];
        }

        var stepIds = requests.Select(r => r.StepId).Distinct().ToList();
        // In the reader's language (a French-speaking manager reads the French task) where the author wrote it.
        var language = BuildingBlocks.Text.ProductLanguages.Current;
        var steps = (await db.Steps.AsNoTracking().Where(s => stepIds.Contains(s.Id))
                .Join(db.Tracks, s => s.TrackId, t => t.Id, (s, t) => new { Step = s, Track = t }).ToListAsync(cancellationToken))
            .ToDictionary(s => s.Step.Id, s => new { Step = s.Step.TextIn(language).Title, Track = s.Track.TextIn(language).Title });
        var persons = await people.GetManyAsync([.. requests.Select(r => r.PersonId).Distinct()], cancellationToken);
        return [.. requests.Select(r => new SignOffDto(
            r.Id,
            r.PersonId,
            persons.GetValueOrDefault(r.PersonId)?.DisplayName ?? "",
            persons.GetValueOrDefault(r.PersonId)?.OrgUnitName,
            r.TrackId,
            steps.GetValueOrDefault(r.StepId)?.Track ?? "",
            r.StepId,
            steps.GetValueOrDefault(r.StepId)?.Step ?? "",
            r.Status,
            r.RequestedAt,
            r.Note))];
    }

    public async Task<SignOffDto> ToDtoAsync(SignOffRequest request, CancellationToken cancellationToken) => (await ToDtosAsync([request], cancellationToken))[0];
}
