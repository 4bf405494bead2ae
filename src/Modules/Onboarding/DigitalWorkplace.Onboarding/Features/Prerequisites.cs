using DigitalWorkplace.BuildingBlocks.Text;
using DigitalWorkplace.Onboarding.Data;

namespace DigitalWorkplace.Onboarding.Features;

/// <summary>
/// "Finish the induction before the till training": a track with prerequisites opens once the person holds a certificate
/// of each of them (any version, any round: a refresher due again does not lock what came after it).
/// </summary>
internal static class Prerequisites
{
    public const string PendingCode = "onboarding.prerequisite_pending";

    /// <summary>Of these tracks, for each one the person cannot start yet, the titles (in the reader's language) of what to finish first.</summary>
    public static async Task<Dictionary<Guid, List<string>>> PendingAsync(OnboardingDbContext db, Guid personId, IReadOnlyCollection<Guid> trackIds, CancellationToken cancellationToken)
    {
        var required = await db.TrackPrerequisites.AsNoTracking().Where(p => trackIds.Contains(p.TrackId)).ToListAsync(cancellationToken);
        if (required.Count == 0)
        {
            return [];
        }

        var lineages = required.Select(p => p.LineageId).Distinct().ToList();
        var finished = await db.Certificates.AsNoTracking()
            .Where(c => c.PersonId == personId)
            .Join(db.Tracks.Where(t => lineages.Contains(t.LineageId)), c => c.TrackId, t => t.Id, (c, t) => t.LineageId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var missing = lineages.Except(finished).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        // Named by the version people get now (or the latest one, when none is published any more).
        var language = ProductLanguages.Current;
        var titles = (await db.Tracks.AsNoTracking()
                .Where(t => missing.Contains(t.LineageId) && t.Status != Contracts.TrackVersionStatus.Draft)
                .Select(t => new { t.LineageId, t.Version, t.Language, t.Translations, t.Title, t.Description })
                .ToListAsync(cancellationToken))
            .GroupBy(t => t.LineageId)
            .ToDictionary(g => g.Key, g => g.MaxBy(t => t.Version)!)
            .ToDictionary(t => t.Key, t => Domain.Track.TextIn(language, t.Value.Language, t.Value.Translations, t.Value.Title, t.Value.Description).Title);
        return required
            .Where(p => missing.Contains(p.LineageId) && titles.ContainsKey(p.LineageId))
            .GroupBy(p => p.TrackId)
            .ToDictionary(g => g.Key, g => g.Select(p => titles[p.LineageId]).Order(StringComparer.CurrentCulture).ToList());
    }

    /// <summary>409 <see cref="PendingCode"/>, naming what to finish first, while the track is locked for the person.</summary>
    public static async Task<Error?> PendingErrorAsync(OnboardingDbContext db, Guid personId, Guid trackId, CancellationToken cancellationToken) =>
        (await PendingAsync(db, personId, [trackId], cancellationToken)).TryGetValue(trackId, out var first)
            ? Error.Conflict(PendingCode, $"Finish {string.Join(", ", first)} first.")
            : null;
}
