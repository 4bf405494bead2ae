using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Domain;

namespace DigitalWorkplace.Onboarding.Certificates;

/// <summary>
/// Checks a certificate's code for anyone — an employer, an auditor, a food-safety inspector — without signing in:
/// the code is the only key, so what it shows is the least that proves it (name, track, date), never the person's
/// account, location or scores. Erased people show as the directory names them ("Former member").
/// </summary>
internal sealed class CertificateVerification(OnboardingDbContext db, IPeopleDirectory people) : ICertificateVerification
{
    public async Task<VerifiedCertificateDto?> VerifyAsync(string? code, CancellationToken cancellationToken)
    {
        if (Certificate.Normalize(code) is not { } normalized)
        {
            return null;
        }

        var issued = await db.Certificates.AsNoTracking().Where(c => c.Code == normalized)
            .Join(db.Tracks, c => c.TrackId, t => t.Id, (c, t) => new { c.PersonId, c.IssuedAt, t.Title, t.Description, t.Language, t.Translations }).SingleOrDefaultAsync(cancellationToken);
        if (issued is null)
        {
            return null;
        }

        var name = (await people.GetManyAsync([issued.PersonId], cancellationToken)).GetValueOrDefault(issued.PersonId)?.DisplayName ?? "";
        var language = BuildingBlocks.Text.ProductLanguages.Current;
        return new VerifiedCertificateDto(name, Domain.Track.TextIn(language, issued.Language, issued.Translations, issued.Title, issued.Description).Title, issued.IssuedAt);
    }

    /// <summary><c>GET /api/v1/certificates/{code}</c>, open to anyone: 200 with the name, track and date, or 404 (outside the OpenAPI document, which lists signed-in operations).</summary>
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/certificates/{code}", async Task<Results<Ok<VerifiedCertificateDto>, NotFound>> (string code, ICertificateVerification certificates, CancellationToken cancellationToken) =>
            await certificates.VerifyAsync(code, cancellationToken) is { } verified ? TypedResults.Ok(verified) : TypedResults.NotFound())
            .AllowAnonymous().ExcludeFromDescription();
}
