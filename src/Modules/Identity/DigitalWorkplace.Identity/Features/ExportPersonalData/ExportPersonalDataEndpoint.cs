namespace DigitalWorkplace.Identity.Features.ExportPersonalData;

internal static class ExportPersonalDataEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me/data", (ISender sender, TimeProvider clock, CancellationToken cancellationToken) => HandleAsync(null, sender, clock, cancellationToken))
            .WithName("ExportMyData")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip");
        api.MapGet("/people/{id:guid}/data", (Guid id, ISender sender, TimeProvider clock, CancellationToken cancellationToken) => HandleAsync(id, sender, clock, cancellationToken))
            .WithName("ExportPersonalData")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>A file download, so not a typed JSON result: its responses are declared above.</summary>
    private static async Task<IResult> HandleAsync(Guid? personId, ISender sender, TimeProvider clock, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ExportPersonalData(personId), cancellationToken);
        return result.IsSuccess
            ? TypedResults.File(result.Value!, "application/zip", $"my-data-{clock.GetUtcNow():yyyyMMdd}.zip")
            : result.Error!.ToProblem();
    }
}
