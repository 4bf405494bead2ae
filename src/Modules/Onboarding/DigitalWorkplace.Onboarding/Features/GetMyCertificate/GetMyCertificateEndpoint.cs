using DigitalWorkplace.Onboarding.Contracts;

namespace DigitalWorkplace.Onboarding.Features.GetMyCertificate;

internal static class GetMyCertificateEndpoint
{
    public static void Map(IEndpointRouteBuilder onboarding) =>
        onboarding.MapGet("/tracks/{trackId:guid}/certificate", HandleAsync).WithName("GetMyCertificate");

    private static async Task<ApiResult<Ok<CertificateDto>, Problem.NotFound>> HandleAsync(Guid trackId, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetMyCertificate(trackId), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
