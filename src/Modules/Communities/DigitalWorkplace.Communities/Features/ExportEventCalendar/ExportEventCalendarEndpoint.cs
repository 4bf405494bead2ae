using System.Text;

namespace DigitalWorkplace.Communities.Features.ExportEventCalendar;

internal static class ExportEventCalendarEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/events/{eventId:guid}/calendar.ics", HandleAsync)
            .WithName("ExportEventCalendar")
            .WithTags("Communities")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar")
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>A file download, so not a typed JSON result: its responses are declared above.</summary>
    private static async Task<IResult> HandleAsync(Guid eventId, ISender sender, HttpContext http, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ExportEventCalendar(eventId, new Uri($"{http.Request.Scheme}://{http.Request.Host}")), cancellationToken);
        return result.IsSuccess
            ? TypedResults.File(Encoding.UTF8.GetBytes(result.Value!), "text/calendar; charset=utf-8", $"event-{eventId:N}.ics")
            : result.Error!.ToProblem();
    }
}
