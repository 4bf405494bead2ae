namespace DigitalWorkplace.Identity.Features.ExportOrganization;

internal static class ExportOrganizationEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/organization/export", HandleAsync)
            .WithName("ExportOrganization")
            .WithTags("Organization")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>A file download, so not a typed JSON result: its responses are declared above.</summary>
    private static async Task<IResult> HandleAsync(ISender sender, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ExportOrganization(), cancellationToken);
        return result.IsSuccess
            ? TypedResults.File(result.Value!, "application/zip", $"organization-{clock.GetUtcNow():yyyyMMdd-HHmm}.zip")
            : result.Error!.ToProblem();
    }
}
