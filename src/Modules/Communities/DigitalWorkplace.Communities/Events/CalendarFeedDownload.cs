using System.Text;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Communities.Features.ListMyEvents;
using DigitalWorkplace.Identity.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Communities.Events;

/// <summary>
/// <c>GET /calendar/{token}.ics</c>: a calendar app, which cannot sign in, subscribes to a person's events with their
/// secret address. The token only says who is asking; what they get is <see cref="ListMyEvents"/> run as that person,
/// so the same policy decides (a community they left, an account that ended: nothing). Unknown, revoked or malformed
/// tokens, and people no longer active, all answer 404.
/// </summary>
internal static class CalendarFeedDownload
{
    public static void Map(IEndpointRouteBuilder root) =>
        root.MapGet("/calendar/{token}.ics", HandleAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(string token, CommunitiesDbContext db, IPeopleDirectory people, IServiceScopeFactory scopes, HttpContext http, CancellationToken cancellationToken)
    {
        if (token.Length > CalendarFeedTokens.MaxLength || !System.Buffers.Text.Base64Url.IsValid(token))
        {
            return TypedResults.NotFound();
        }

        var hash = CalendarFeedTokens.Hash(token);
        var personId = await db.CalendarFeeds.AsNoTracking().Where(f => f.TokenHash == hash).Select(f => (Guid?)f.PersonId).FirstOrDefaultAsync(cancellationToken);
        if (personId is not { } person || !await people.IsActiveAsync(person, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(person, isAdministrator: false);
        var events = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ListMyEvents(ListMyEvents.MaxTake), cancellationToken);
        var site = new Uri($"{http.Request.Scheme}://{http.Request.Host}");
        var ics = EventCalendar.Write(events.Value ?? [], "Digital Workplace", site);
        http.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8");
    }
}
