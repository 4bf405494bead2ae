using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Communities.Events;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigitalWorkplace.Communities.Tests;

public abstract partial class CommunitiesApiTests
{
    private static object Meetup(DateTime startsAt, int? capacity = null, int weeks = 1, string timeZone = "Europe/Paris") => new
    {
        title = "Thursday meetup",
        description = "Coffee and the week's news",
        startsAt = startsAt.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        endsAt = startsAt.AddHours(1).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        timeZone,
        place = "Gate 12 café",
        capacity,
        weeks,
    };

    private static DateTime NextWeekAt(int hour) => DateTime.UtcNow.Date.AddDays(8).AddHours(hour);

    [Fact]
    public async Task AWeeklyMeetup_IsPlannedByAnOrganiser_InItsTimeZone_OnceWithAKey_AndReadLikeItsCommunity()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var member = await Platform.CreateUserAsync();
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var team = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        await owner.AddMemberAsync(team.Id, member.Id);
        var key = Guid.NewGuid().ToString();
        var start = NextWeekAt(18);

        var planned = await PlanAsync(owner, team.Id, Meetup(start, weeks: 3), key);
        var replay = await PlanAsync(owner, team.Id, Meetup(start, weeks: 3), key);

        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        var first = await planned.ReadAsync<EventDto>();
        Assert.Equal(first.Id, (await replay.ReadAsync<EventDto>()).Id);
        Assert.Equal("Europe/Paris", first.TimeZone);
        Assert.Equal(start, TimeZoneInfo.ConvertTimeFromUtc(first.StartsAt.UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));
        var series = await Platform.CreateClientFor(member).GetFromJsonAsync<List<EventDto>>($"/api/v1/communities/{team.Id}/events", CommunitiesApi.Json, Cancel);
        Assert.Equal(3, series!.Count);
        Assert.All(series, e => Assert.Equal(first.Id, e.SeriesId));
        Assert.Equal(18, TimeZoneInfo.ConvertTimeFromUtc(series[2].StartsAt.UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).Hour);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/events/{first.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/communities/{team.Id}/events", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/events/{first.Id}/calendar.ics", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PlanAsync(Platform.CreateClientFor(member), team.Id, Meetup(start))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PlanAsync(outsider, team.Id, Meetup(start))).StatusCode);
        var mine = await Platform.CreateClientFor(member).GetFromJsonAsync<List<EventDto>>("/api/v1/me/events", CommunitiesApi.Json, Cancel);
        Assert.Contains(mine!, e => e.Id == first.Id);
    }

    [Fact]
    public async Task PlanningAnEvent_RefusesBadTimesZonesAndLinks_NamingEachField()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var community = await owner.CreateCommunityAsync();

        var invalid = await PlanAsync(owner, community.Id, new { title = "", startsAt = "2020-01-01T10:00:00", endsAt = "2020-01-01T09:00:00", timeZone = "Mars/Olympus", onlineUrl = "javascript:alert(1)", capacity = 0, weeks = 99 });
        var past = await PlanAsync(owner, community.Id, Meetup(DateTime.UtcNow.Date.AddDays(-2)));
        var backwards = await PlanAsync(owner, community.Id, new { title = "Backwards", startsAt = NextWeekAt(10), endsAt = NextWeekAt(9), timeZone = "UTC" });
        var unreadable = await PlanAsync(owner, community.Id, new { title = "Soon", startsAt = "next tuesday", endsAt = "later", timeZone = "UTC" });
        var endOfTime = await PlanAsync(owner, community.Id, new { title = "Forever", startsAt = "9999-12-20T10:00:00", endsAt = "9999-12-20T11:00:00", timeZone = "UTC", weeks = 26 });
        Assert.Equal(HttpStatusCode.BadRequest, endOfTime.StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var fields = (await invalid.ReadAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "title", "timeZone", "onlineUrl", "capacity", "weeks" })
        {
            Assert.True(fields.TryGetProperty(field, out _), field);
        }

        Assert.True((await past.ReadAsync<JsonElement>()).GetProperty("errors").TryGetProperty("startsAt", out _));
        Assert.True((await backwards.ReadAsync<JsonElement>()).GetProperty("errors").TryGetProperty("endsAt", out _));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
    }

    [Fact]
    public async Task AFullEvent_PutsTheNextYesOnTheWaitingList_AndMovesThemUpWhenASpotFrees()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var firstUser = await Platform.CreateUserAsync("First Comer");
        var secondUser = await Platform.CreateUserAsync("Second Comer");
        var community = await owner.CreateCommunityAsync();
        var first = Platform.CreateClientFor(firstUser);
        var second = Platform.CreateClientFor(secondUser);
        await first.JoinAsync(community.Id);
        await second.JoinAsync(community.Id);
        var e = await (await PlanAsync(owner, community.Id, Meetup(NextWeekAt(9), capacity: 1))).ReadAsync<EventDto>();
        var stranger = Platform.CreateClientFor(await Platform.CreateUserAsync());

        var going = await RespondAsync(first, e.Id, "Yes");
        var waiting = await RespondAsync(second, e.Id, "yes");

        Assert.Equal((RsvpResponse.Yes, false, 1), (going.MyResponse!.Value, going.MyWaitlisted, going.Going));
        Assert.Equal((RsvpResponse.Yes, true, 1), (waiting.MyResponse!.Value, waiting.MyWaitlisted, waiting.Waiting));
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PutAsJsonAsync($"/api/v1/events/{e.Id}/rsvp", new { response = "Yes" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await first.PutAsJsonAsync($"/api/v1/events/{e.Id}/rsvp", new { response = "Perhaps" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await first.GetAsync($"/api/v1/events/{e.Id}/attendees", Cancel)).StatusCode);

        var declined = await RespondAsync(first, e.Id, "No");

        Assert.Equal(1, declined.Going);
        Assert.Equal(0, declined.Waiting);
        var attendees = await owner.GetFromJsonAsync<List<AttendeeDto>>($"/api/v1/events/{e.Id}/attendees", CommunitiesApi.Json, Cancel);
        Assert.Equal([("Second Comer", RsvpResponse.Yes, false), ("First Comer", RsvpResponse.No, false)], attendees!.Select(a => (a.DisplayName, a.Response, a.Waitlisted)));
        await Eventually.HoldsAsync(async () => (await NotificationsAsync(secondUser)).Any(n => n.Kind == "event-spot"), "the one waiting is told");

        // Someone coming who leaves the community gives their seat up too: the next one waiting comes.
        var thirdUser = await Platform.CreateUserAsync("Third Comer");
        var third = Platform.CreateClientFor(thirdUser);
        await third.JoinAsync(community.Id);
        Assert.True((await RespondAsync(third, e.Id, "Yes")).MyWaitlisted);
        Assert.Equal(HttpStatusCode.NoContent, (await second.LeaveAsync(community.Id)).StatusCode);
        var afterLeaving = await third.GetFromJsonAsync<EventDto>($"/api/v1/events/{e.Id}", CommunitiesApi.Json, Cancel);
        Assert.Equal((1, 0, false), (afterLeaving!.Going, afterLeaving.Waiting, afterLeaving.MyWaitlisted));
    }

    [Fact]
    public async Task AnEvent_DownloadsAsICalendar_AndAPersonalFeed_ServesMyEvents_UntilRevoked()
    {
        var ownerUser = await Platform.CreateUserAsync();
        var owner = Platform.CreateClientFor(ownerUser);
        var memberUser = await Platform.CreateUserAsync();
        var member = Platform.CreateClientFor(memberUser);
        var team = await owner.CreateCommunityAsync(visibility: CommunityVisibility.Private);
        await owner.AddMemberAsync(team.Id, memberUser.Id);
        var e = await (await PlanAsync(owner, team.Id, Meetup(NextWeekAt(17)))).ReadAsync<EventDto>();

        var file = await member.GetAsync($"/api/v1/events/{e.Id}/calendar.ics", Cancel);

        Assert.Equal("text/calendar", file.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(await file.Content.ReadAsStringAsync(Cancel))!;
        var exported = Assert.Single(calendar.Events);
        Assert.Equal("Thursday meetup", exported.Summary);
        Assert.Equal("Europe/Paris", exported.Start!.TzId);
        Assert.Equal(e.StartsAt.UtcDateTime, exported.Start.AsUtc);
        Assert.Single(calendar.TimeZones);

        var created = await member.PostAsync("/api/v1/me/calendar-feed", null, Cancel);
        var url = (await created.ReadAsync<JsonElement>()).GetProperty("url").GetString()!;
        using var calendarApp = Platform.CreateClient();

        var feed = await calendarApp.GetStringAsync(url, Cancel);

        Assert.Contains("Thursday meetup", feed, StringComparison.Ordinal);
        Assert.True((await member.GetFromJsonAsync<JsonElement>("/api/v1/me/calendar-feed", Cancel)).GetProperty("active").GetBoolean());
        // A new address replaces the old; leaving the community empties the feed; revoking ends it.
        var rotated = (await (await member.PostAsync("/api/v1/me/calendar-feed", null, Cancel)).ReadAsync<JsonElement>()).GetProperty("url").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(url, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await member.LeaveAsync(team.Id)).StatusCode);
        Assert.DoesNotContain("Thursday meetup", await calendarApp.GetStringAsync(rotated, Cancel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync("/api/v1/me/calendar-feed", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(rotated, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync("/calendar/%3Cscript%3E.ics", Cancel)).StatusCode);
    }

    [Fact]
    public async Task ThoseComing_AreRemindedOnce_BeforeTheStart()
    {
        var owner = Platform.CreateClientFor(await Platform.CreateUserAsync());
        var comingUser = await Platform.CreateUserAsync();
        var notComingUser = await Platform.CreateUserAsync();
        var community = await owner.CreateCommunityAsync();
        var coming = Platform.CreateClientFor(comingUser);
        var notComing = Platform.CreateClientFor(notComingUser);
        await coming.JoinAsync(community.Id);
        await notComing.JoinAsync(community.Id);
        var soon = DateTime.UtcNow.AddMinutes(30);
        var e = await (await PlanAsync(owner, community.Id, new { title = "Stand-up " + Guid.NewGuid().ToString("N")[..6], startsAt = soon.ToString("O"), endsAt = soon.AddMinutes(15).ToString("O"), timeZone = "UTC" })).ReadAsync<EventDto>();
        await RespondAsync(coming, e.Id, "Yes");
        await RespondAsync(notComing, e.Id, "No");
        var reminders = Platform.Services.GetServices<IHostedService>().OfType<EventReminders>().Single();

        Assert.True(await reminders.SendDueAsync(Cancel) >= 1);
        await reminders.SendDueAsync(Cancel);

        await Eventually.HoldsAsync(async () => (await NotificationsAsync(comingUser)).Any(n => n.Kind == "event-reminder" && n.Text == e.Title), "those coming are reminded");
        Assert.Single(await NotificationsAsync(comingUser), n => n.Kind == "event-reminder" && n.Text == e.Title);
        Assert.DoesNotContain(await NotificationsAsync(notComingUser), n => n.Kind == "event-reminder");
    }

    private static async Task<HttpResponseMessage> PlanAsync(HttpClient client, Guid communityId, object body, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/communities/{communityId}/events") { Content = JsonContent.Create(body, options: CommunitiesApi.Json) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await client.SendAsync(request, Cancel);
    }

    private static async Task<EventDto> RespondAsync(HttpClient client, Guid eventId, string response)
    {
        var answered = await client.PutAsJsonAsync($"/api/v1/events/{eventId}/rsvp", new { response }, CommunitiesApi.Json, Cancel);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        return await answered.ReadAsync<EventDto>();
    }
}
