namespace DigitalWorkplace.Identity.Features.GetImport;

internal static class GetImportEndpoint
{
    public static void Map(IEndpointRouteBuilder imports) =>
        imports.MapGet("/{id:guid}", HandleAsync).WithName("GetImport");

    private static async Task<ApiResult<Ok<ImportProgress>, Problem.NotFound>> HandleAsync(Guid id, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetImport(id), cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;
    }
}
