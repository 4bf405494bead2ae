using DigitalWorkplace.Identity.Imports;
using System.Text;
using DigitalWorkplace.Identity.Domain;

namespace DigitalWorkplace.Identity.Features.ImportPeople;

internal static class ImportPeopleEndpoint
{
    public static void Map(IEndpointRouteBuilder imports) =>
        imports.MapPost("/people", HandleAsync)
            .WithName("ImportPeople")
            .Accepts<string>("text/csv", "multipart/form-data")
            // The body is read by hand (CSV or form), so the responses are declared here: those of ImportAsync, and 413.
            .Produces<ImportOutcome>(StatusCodes.Status200OK)
            .Produces<ImportOutcome>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>The CSV as the body (<c>text/csv</c>) or as the <c>file</c> field of a form; at most 8 MB (413 beyond, nothing read further).</summary>
    private static async Task<IResult> HandleAsync(bool? dryRun, HttpRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var upload = await Uploads.ReadAsync(request, "file", PeopleImport.MaxSourceLength, cancellationToken);
        if (upload.TooLarge)
        {
            return ProblemResults.Problem(StatusCodes.Status413PayloadTooLarge, "import.too_large", $"The file is larger than {PeopleImport.MaxSourceLength / 1024 / 1024} MB.");
        }

        return await ImportAsync(PeopleCsv.Decode(upload.Content), dryRun ?? false, sender, cancellationToken);
    }

    /// <summary>A dry run answers 200 with the report; a real run 202 with where to follow it.</summary>
    private static async Task<ApiResult<Results<Ok<ImportOutcome>, Accepted<ImportOutcome>>, Problem.Invalid, Problem.Forbidden, Problem.Unprocessable>> ImportAsync(
        string? csv, bool dryRun, ISender sender, CancellationToken cancellationToken)
    {
        if (csv is null)
        {
            return Error.Validation("file", FieldError.Rule("unreadable_file", "must be a UTF-8 CSV file of at most 8 MB, sent as text/csv or as the form field \"file\"."));
        }

        var result = await sender.Send(new ImportPeople(csv, dryRun), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        Results<Ok<ImportOutcome>, Accepted<ImportOutcome>> success = result.Value!.Id is { } id
            ? TypedResults.Accepted($"/api/v1/imports/{id}", result.Value)
            : TypedResults.Ok(result.Value);
        return success;
    }
}
