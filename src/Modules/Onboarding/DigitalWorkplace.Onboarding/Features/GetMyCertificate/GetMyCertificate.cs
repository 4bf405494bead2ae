using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features.GetMyCertificate;

/// <summary>
/// My certificate for an assigned track I finished. A track finished before certificates existed gets its certificate
/// here, the first time it is asked for (the one write of this query: the same as the last step would have made).
/// </summary>
internal sealed record GetMyCertificate(Guid TrackId) : IQuery<Result<CertificateDto>>, ITrackRequest;

internal sealed class GetMyCertificateHandler(OnboardingDbContext db, IPeopleDirectory people, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetMyCertificate, Result<CertificateDto>>
{
    public static readonly Error NotFound = Error.NotFound("onboarding.certificate_not_found", "The track is not finished yet: the certificate comes with its last step.");

    public async ValueTask<Result<CertificateDto>> Handle(GetMyCertificate query, CancellationToken cancellationToken)
    {
        if (!await db.Certificates.AnyAsync(c => c.PersonId == user.PersonId && c.TrackId == query.TrackId, cancellationToken) && !await IssueIfFinishedAsync(query.TrackId, cancellationToken))
        {
            return NotFound;
        }

        // The latest round's, for a refresher.
        var issued = await db.Certificates.AsNoTracking().Where(c => c.PersonId == user.PersonId && c.TrackId == query.TrackId).OrderByDescending(c => c.IssuedAt).Take(1)
            .Join(db.Tracks, c => c.TrackId, t => t.Id, (c, t) => new { c.Code, c.IssuedAt, t.Title, t.Description, t.Language, t.Translations }).FirstAsync(cancellationToken);

        var name = (await people.GetManyAsync([user.PersonId], cancellationToken)).GetValueOrDefault(user.PersonId)?.DisplayName ?? "";
        var language = BuildingBlocks.Text.ProductLanguages.Current;
        return new CertificateDto(Certificate.Display(issued.Code), name, Track.TextIn(language, issued.Language, issued.Translations, issued.Title, issued.Description).Title, issued.IssuedAt);
    }

    private async Task<bool> IssueIfFinishedAsync(Guid trackId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginProgressAsync(user.PersonId, trackId, cancellationToken);
        if (!await db.CertifyIfFinishedAsync(user.PersonId, trackId, unsaved: 0, clock, cancellationToken))
        {
            return false;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
