using DigitalWorkplace.Feeds.Contracts;

namespace DigitalWorkplace.Feeds.Features.ReportContent;

internal sealed record ReportContentBody(string? Reason, string? Details);

internal static class ReportContentEndpoint
{
    public static void Map(IEndpointRouteBuilder feeds)
    {
        feeds.MapPost("/posts/{postId:guid}/reports",
            (Guid postId, ReportContentBody body, ISender sender, CancellationToken cancellationToken) => HandleAsync(new ReportContent(postId, null, body.Reason, body.Details), sender, cancellationToken))
            .WithName("ReportPost");
        feeds.MapPost("/posts/{postId:guid}/comments/{commentId:guid}/reports",
            (Guid postId, Guid commentId, ReportContentBody body, ISender sender, CancellationToken cancellationToken) => HandleAsync(new ReportContent(postId, commentId, body.Reason, body.Details), sender, cancellationToken))
            .WithName("ReportComment");
    }

    private static async Task<ApiResult<Accepted<ReportDto>, Problem.Invalid, Problem.NotFound>> HandleAsync(ReportContent command, ISender sender, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.IsSuccess ? TypedResults.Accepted((string?)null, result.Value!) : result.Error;
    }
}
