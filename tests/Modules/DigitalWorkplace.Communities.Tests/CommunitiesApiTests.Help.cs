using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Communities.Tests;

public abstract partial class CommunitiesApiTests
{
    [Fact]
    public async Task AHelpRequest_IsBetweenItsRequesterAndSupport_WhoAnswers_AndTheRequesterIsTold()
    {
        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        var requesterUser = await Platform.CreateUserAsync("Asking Anna");
        var requester = Platform.CreateClientFor(requesterUser);
        var supportUser = await Platform.CreateUserAsync("Support Sam");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/v1/people/{supportUser.Id}/roles", new { role = "Support" }, Cancel)).StatusCode);
        var support = Platform.CreateClientFor(supportUser);
        var stranger = Platform.CreateClientFor(await Platform.CreateUserAsync());

        var asked = await requester.PostAsJsonAsync("/api/v1/help/requests",
            new { category = "Access", text = "I cannot open the rota app since this morning.", page = "/apps", screenshot = TestImages.Png(400, 300) }, Cancel);

        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var request = await asked.ReadAsync<HelpRequestDto>();
        Assert.Equal((HelpStatus.Open, "/apps"), (request.Status, request.Page));
        Assert.Equal(HttpStatusCode.OK, (await requester.GetAsync(request.ScreenshotUrl, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/help/requests/{request.Id}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(request.ScreenshotUrl, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/help/requests/{request.Id}/messages", new { text = "me too" }, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync("/api/v1/help/requests", Cancel)).StatusCode);
        // Support is network-wide or nothing: it cannot be granted over one unit (it would read everyone's requests).
        var unit = await Platform.AsAsync(null, sp => sp.GetRequiredService<DigitalWorkplace.Identity.Contracts.IOrganizationService>()
            .EnsureOrgUnitAsync("Help unit " + Guid.NewGuid().ToString("N")[..6], DigitalWorkplace.Identity.Contracts.OrgUnitKind.Region, null, CancellationToken.None));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"/api/v1/people/{requesterUser.Id}/roles", new { role = "Support", orgUnitId = unit }, Cancel)).StatusCode);
        var queue = await support.GetFromJsonAsync<List<HelpRequestDto>>("/api/v1/help/requests", CommunitiesApi.Json, Cancel);
        Assert.Contains(queue!, r => r.Id == request.Id && r.PersonName == "Asking Anna");

        var answered = await support.PostAsJsonAsync($"/api/v1/help/requests/{request.Id}/messages", new { text = "Your access is back: sign out and in again." }, Cancel);

        Assert.Equal(HelpStatus.Answered, (await answered.ReadAsync<HelpRequestDto>()).Status);
        await Eventually.HoldsAsync(async () => (await NotificationsAsync(requesterUser)).Any(n => n.Kind == "help-answered" && n.Url == $"/help/{request.Id}"), "the requester is told");
        var reply = await (await requester.PostAsJsonAsync($"/api/v1/help/requests/{request.Id}/messages", new { text = "Works, thanks!" }, Cancel)).ReadAsync<HelpRequestDto>();
        Assert.Equal((HelpStatus.Open, 2), (reply.Status, reply.Messages.Count));
        Assert.True(reply.Messages[0].FromSupport);
        var closed = await requester.PutAsJsonAsync($"/api/v1/help/requests/{request.Id}/status", new { status = "Closed" }, Cancel);
        Assert.Equal(HelpStatus.Closed, (await closed.ReadAsync<HelpRequestDto>()).Status);
        Assert.Contains(await requester.GetFromJsonAsync<List<HelpRequestDto>>("/api/v1/help/requests/mine", CommunitiesApi.Json, Cancel) ?? [], r => r.Id == request.Id);

        var invalid = await requester.PostAsJsonAsync("/api/v1/help/requests", new { category = "Question", text = "", page = "https://evil.example/" }, Cancel);
        var errors = (await invalid.ReadAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("text", out _));
        Assert.True(errors.TryGetProperty("page", out _));
        var notAPicture = await requester.PostAsJsonAsync("/api/v1/help/requests", new { category = "Problem", text = "See attached", screenshot = "aGVsbG8=" }, Cancel);
        Assert.True((await notAPicture.ReadAsync<JsonElement>()).GetProperty("errors").TryGetProperty("screenshot", out _));
    }
}
