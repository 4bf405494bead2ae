using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.BuildingBlocks.Paging;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task AMustRead_ReachesItsAudience_IsAcknowledged_AndItsAuthorSeesReachByLocationAndReminds()
    {
        var airport = await Platform.NewLocationAsync("Airport T1");
        var harbour = await Platform.NewLocationAsync("Harbour");
        var ana = await Platform.CreateUserAsync("Ana Airport", EmploymentType.Seasonal, location: airport.Name);
        var bo = await Platform.CreateUserAsync("Bo Airport", EmploymentType.Seasonal, location: airport.Name);
        var hugo = await Platform.CreateUserAsync("Hugo Harbour", EmploymentType.Seasonal, location: harbour.Name);
        var outsider = Platform.CreateClientFor(await Platform.CreateUserAsync("Not addressed"));
        var audience = await Platform.CreateAudienceOverAsync(airport.Id, harbour.Id);
        var author = await CreateCommunicationsAsync();

        // Due at 9:00 in Paris, as the page sends it: an instant with an offset, kept as that instant on both databases.
        var due = new DateTimeOffset(DateTime.SpecifyKind(DateTime.UtcNow.Date.AddDays(2).AddHours(9), DateTimeKind.Unspecified), TimeSpan.FromHours(1));
        var published = await author.AnnounceAsync(new NewAnnouncement("New allergen card", "Read the **new card** before your shift.", [audience], MustRead: true, due));

        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        var announcement = await published.ReadAsync<AnnouncementDto>();
        Assert.Contains("<strong>new card</strong>", announcement.Html, StringComparison.Ordinal);
        Assert.True(announcement.MaySeeReach);
        Assert.Equal(due.UtcDateTime, announcement.AcknowledgeBefore!.Value.UtcDateTime);
        Assert.False(announcement.IsRecipient);
        var anaClient = Platform.CreateClientFor(ana);
        var tasks = await anaClient.MyAnnouncementsAsync(awaiting: true);
        Assert.Equal(announcement.Id, Assert.Single(tasks.Items).Id);
        Assert.True(tasks.Items[0].AwaitsAcknowledgement);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/announcements/{announcement.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"/api/v1/announcements/{announcement.Id}/acknowledgement", null, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anaClient.GetAsync($"/api/v1/announcements/{announcement.Id}/reach", Cancel)).StatusCode);
        await Eventually.HoldsAsync(async () => (await NotificationKindsAsync(anaClient)).Contains("announcement-must-read"), "the recipient is told of the must-read");

        var acknowledged = await anaClient.PostAsync($"/api/v1/announcements/{announcement.Id}/acknowledgement", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        var mine = await acknowledged.ReadAsync<AnnouncementDto>();
        Assert.NotNull(mine.AcknowledgedAt);
        Assert.NotNull(mine.ReadAt);
        Assert.Empty((await anaClient.MyAnnouncementsAsync(awaiting: true)).Items);
        Assert.Equal(announcement.Id, Assert.Single((await anaClient.MyAnnouncementsAsync(awaiting: false)).Items).Id);
        Assert.Equal(HttpStatusCode.OK, (await Platform.CreateClientFor(hugo).PostAsync($"/api/v1/announcements/{announcement.Id}/read", null, Cancel)).StatusCode);

        var reach = await (await author.GetAsync($"/api/v1/announcements/{announcement.Id}/reach", Cancel)).ReadAsync<AnnouncementReachDto>();
        Assert.Equal(new ReachFiguresDto(3, 2, 1), reach.Totals);
        Assert.Equal(new ReachFiguresDto(2, 1, 1), reach.ByLocation.Single(l => l.OrgUnitId == airport.Id).Figures);
        Assert.Equal(harbour.Name, reach.ByLocation.Single(l => l.OrgUnitId == harbour.Id).Name);
        Assert.Equal(new ReachFiguresDto(1, 1, 0), reach.ByLocation.Single(l => l.OrgUnitId == harbour.Id).Figures);
        var pending = await (await author.GetAsync($"/api/v1/announcements/{announcement.Id}/recipients?filter=Pending", Cancel)).ReadAsync<Page<RecipientDto>>();
        Assert.Equal(new[] { bo.Id, hugo.Id }.Order(), pending.Items.Select(r => r.Person.Id).Order());
        var atAirport = await (await author.GetAsync($"/api/v1/announcements/{announcement.Id}/recipients?filter=Pending&orgUnitId={airport.Id}", Cancel)).ReadAsync<Page<RecipientDto>>();
        Assert.Equal(bo.Id, Assert.Single(atAirport.Items).Person.Id);

        var reminded = await author.PostAsync($"/api/v1/announcements/{announcement.Id}/reminders", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, reminded.StatusCode);
        Assert.Equal(2, (await reminded.ReadAsync<ReminderSentDto>()).Reminded);
        var again = await author.PostAsync($"/api/v1/announcements/{announcement.Id}/reminders", null, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("announcement.reminded_recently", await again.CodeAsync());
        await Eventually.HoldsAsync(async () => (await NotificationKindsAsync(Platform.CreateClientFor(bo))).Contains("announcement-reminder"), "who has not acknowledged is reminded");
        Assert.DoesNotContain("announcement-reminder", await NotificationKindsAsync(anaClient));
        Assert.Equal(HttpStatusCode.NotFound, (await anaClient.PostAsync($"/api/v1/announcements/{announcement.Id}/reminders", null, Cancel)).StatusCode);
    }

    [Fact]
    public async Task Announcing_IsForCommunicationsAndManagers_ToTheAudiencesTheirRolesCover()
    {
        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        var mine = await Platform.NewLocationAsync("Managed café");
        var other = await Platform.NewLocationAsync("Someone else's café");
        await Platform.CreateUserAsync("Café barista", EmploymentType.Seasonal, location: mine.Name);
        var myAudience = await Platform.CreateAudienceOverAsync(mine.Id);
        var otherAudience = await Platform.CreateAudienceOverAsync(other.Id);
        var manager = await Platform.CreateUserAsync("Café manager");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/people/{manager.Id}/roles", new { role = "LocationManager", orgUnitId = mine.Id }, Cancel)).StatusCode);
        var managerClient = Platform.CreateClientFor(manager);
        var member = Platform.CreateClientFor(await Platform.CreateUserAsync());

        var byMember = await member.AnnounceAsync(new NewAnnouncement("Hello", "Everyone!", [myAudience], MustRead: false, null));
        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Equal("announcement.forbidden", await byMember.CodeAsync());
        Assert.Empty(await (await member.GetAsync("/api/v1/announcements/audiences", Cancel)).ReadAsync<List<AudienceOptionDto>>());
        var offered = await (await managerClient.GetAsync("/api/v1/announcements/audiences", Cancel)).ReadAsync<List<AudienceOptionDto>>();
        Assert.Contains(offered, a => a.Id == myAudience);
        Assert.DoesNotContain(offered, a => a.Id == otherAudience);

        var outside = await managerClient.AnnounceAsync(new NewAnnouncement("Hello", "Everyone!", [otherAudience], MustRead: false, null));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.Equal(["audienceIds"], await outside.ErrorFieldsAsync());
        var unknown = await managerClient.AnnounceAsync(new NewAnnouncement("Hello", "Everyone!", [Guid.NewGuid()], MustRead: false, null));
        Assert.Equal(["audienceIds"], await unknown.ErrorFieldsAsync());
        var broken = await managerClient.AnnounceAsync(new NewAnnouncement(" ", null, [], MustRead: false, DateTimeOffset.UtcNow.AddDays(1)));
        Assert.Equal(["acknowledgeBefore", "audienceIds", "markdown", "title"], (await broken.ErrorFieldsAsync()).Order());
        var late = await managerClient.AnnounceAsync(new NewAnnouncement("Hello", "Everyone!", [myAudience], MustRead: true, DateTimeOffset.UtcNow.AddHours(-1)));
        Assert.Equal(["acknowledgeBefore"], await late.ErrorFieldsAsync());

        var key = Guid.NewGuid().ToString();
        var first = await managerClient.AnnounceAsync(new NewAnnouncement("Rota is out", "See the back office.", [myAudience], MustRead: false, null), key);
        var retry = await managerClient.AnnounceAsync(new NewAnnouncement("Rota is out", "See the back office.", [myAudience], MustRead: false, null), key);
        var reused = await managerClient.AnnounceAsync(new NewAnnouncement("Another text", "See the back office.", [myAudience], MustRead: false, null), key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        var id = (await first.ReadAsync<AnnouncementDto>()).Id;
        Assert.Equal(id, (await retry.ReadAsync<AnnouncementDto>()).Id);
        Assert.Equal(1, await CountAsync(db => db.Announcements.CountAsync(a => a.AuthorId == manager.Id, Cancel)));
        Assert.Equal(1, await CountOutboxAsync<AnnouncementDeliveredIntegrationEvent>(id.ToString()));
        Assert.Equal(id, Assert.Single((await (await managerClient.GetAsync("/api/v1/me/announcements/sent", Cancel)).ReadAsync<Page<AnnouncementDto>>()).Items).Id);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/announcements/{id}/reach", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await managerClient.GetAsync($"/api/v1/announcements/{id}/recipients?filter=Nobody", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await managerClient.GetAsync("/api/v1/me/announcements?after=%%%", Cancel)).StatusCode);
    }

    [Fact]
    public async Task APlainAnnouncement_IsOpenedNotAcknowledged_AndReachesWhoEntersItsAudienceLater()
    {
        var location = await Platform.NewLocationAsync("Festival gate");
        var early = await Platform.CreateUserAsync("Early steward", EmploymentType.Seasonal, location: location.Name);
        var audience = await Platform.CreateAudienceOverAsync(location.Id);
        var author = await CreateCommunicationsAsync();
        var announcement = await (await author.AnnounceAsync(new NewAnnouncement("Gates open at 10", "Be there at 9:30.", [audience], MustRead: false, null))).ReadAsync<AnnouncementDto>();
        var earlyClient = Platform.CreateClientFor(early);

        var acknowledged = await earlyClient.PostAsync($"/api/v1/announcements/{announcement.Id}/acknowledgement", null, Cancel);
        Assert.Equal(HttpStatusCode.Conflict, acknowledged.StatusCode);
        Assert.Equal("announcement.not_must_read", await acknowledged.CodeAsync());
        Assert.Empty((await earlyClient.MyAnnouncementsAsync(awaiting: true)).Items);
        var read = await (await earlyClient.PostAsync($"/api/v1/announcements/{announcement.Id}/read", null, Cancel)).ReadAsync<AnnouncementDto>();
        Assert.NotNull(read.ReadAt);
        var reread = await (await earlyClient.PostAsync($"/api/v1/announcements/{announcement.Id}/read", null, Cancel)).ReadAsync<AnnouncementDto>();
        Assert.Equal(read.ReadAt, reread.ReadAt);

        var late = await Platform.CreateUserAsync("Late steward", EmploymentType.Seasonal, location: location.Name);
        var lateClient = Platform.CreateClientFor(late);
        await Eventually.HoldsAsync(async () => (await lateClient.MyAnnouncementsAsync(awaiting: false)).Items.Any(a => a.Id == announcement.Id), "a later arrival in the audience receives the current announcement");
        var reach = await (await author.GetAsync($"/api/v1/announcements/{announcement.Id}/reach", Cancel)).ReadAsync<AnnouncementReachDto>();
        Assert.Equal(new ReachFiguresDto(2, 1, 0), reach.Totals);
        var pending = await (await author.GetAsync($"/api/v1/announcements/{announcement.Id}/recipients?filter=Pending", Cancel)).ReadAsync<Page<RecipientDto>>();
        Assert.Equal(late.Id, Assert.Single(pending.Items).Person.Id);
    }

    private async Task<HttpClient> CreateCommunicationsAsync()
    {
        var person = await Platform.CreateUserAsync("Comms team");
        await Platform.GrantRoleAsync(person, PlatformRole.Communications);
        return Platform.CreateClientFor(person);
    }

    private static async Task<IReadOnlyList<string>> NotificationKindsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications", Cancel)).GetProperty("items").EnumerateArray().Select(n => n.GetProperty("kind").GetString()!)];
}

internal static class AnnouncementsApi
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static Task<HttpResponseMessage> AnnounceAsync(this HttpClient client, NewAnnouncement announcement, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/announcements") { Content = JsonContent.Create(announcement, options: FeedsApi.Json) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request, Cancel);
    }

    public static async Task<Page<AnnouncementDto>> MyAnnouncementsAsync(this HttpClient client, bool awaiting)
    {
        var response = await client.GetAsync($"/api/v1/me/announcements?awaiting={(awaiting ? "true" : "false")}", Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<Page<AnnouncementDto>>();
    }
}
