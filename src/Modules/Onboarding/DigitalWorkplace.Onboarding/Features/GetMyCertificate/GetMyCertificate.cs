using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Features.GetMyCertificate;

/// <summary>My certificate for an assigned track I finished.</summary>
internal sealed record GetMyCertificate(Guid TrackId) : IQuery<Result<CertificateDto>>, ITrackRequest;

internal sealed class GetMyCertificateHandler(OnboardingDbContext db, IPeopleDirectory people, ICurrentUser user) : IQueryHandler<GetMyCertificate, Result<CertificateDto>>
{
    public static readonly Error NotFound = Error.NotFound("onboarding.certificate_not_found", "The track is not finished yet: the certificate comes with its last step.");

    public async ValueTask<Result<CertificateDto>> Handle(GetMyCertificate query, CancellationToken cancellationToken)
    {
        var issued = await db.Certificates.AsNoTracking().Where(c => c.PersonId == user.PersonId && c.TrackId == query.TrackId)
            .Join(db.Tracks, c => c.TrackId, t => t.Id, (c, t) => new { c.Code, c.IssuedAt, t.Title }).SingleOrDefaultAsync(cancellationToken);
        if (issued is null)
        {
            return NotFound;
        }

        var name = (await people.GetManyAsync([user.PersonId], cancellationToken)).GetValueOrDefault(user.PersonId)?.DisplayName ?? "";
        return new CertificateDto(Certificate.Display(issued.Code), name, issued.Title, issued.IssuedAt);
    }
}
