using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Onboarding.Tests;

public abstract partial class OnboardingTests
{
    [Fact]
    public async Task AnOnSiteTask_IsAskedFor_DeclinedWithANote_AskedAgain_AndSignedOffByAManagerOfThePersonsLocation_Only()
    {
        var site = await platform.NewLocationAsync($"Gare {Guid.NewGuid():N}"[..13]);
        var elsewhere = await platform.NewLocationAsync($"Orly {Guid.NewGuid():N}"[..13]);
        var crew = await platform.CreateUserAsync("Crew member", EmploymentType.Seasonal, location: site.Name);
        var manager = await platform.CreateUserAsync("Site manager", location: site.Name);
        await platform.GrantRoleAsync(manager, PlatformRole.LocationManager, site.Id);
        var otherManager = await platform.CreateUserAsync("Other manager", location: elsewhere.Name);
        await platform.GrantRoleAsync(otherManager, PlatformRole.LocationManager, elsewhere.Id);
        var track = new NewTrack($"First shift {Guid.NewGuid()}", "", [await platform.CreateAudienceOverAsync(site.Id)], 3,
            [
                new NewStep(StepKind.Acknowledgement, "Hygiene charter", "Wash your hands **every time**.", []),
                new NewStep(StepKind.SignOff, "Clean the coffee machine", "Your manager watches you do it once.", []),
            ]);
        var trackId = await (await AdminClientAsync()).CreateTrackAsync(track);
        var person = platform.CreateClientFor(crew);
        await Eventually.GetAsync(person.MyTracksAsync, tracks => tracks.Any(t => t.TrackId == trackId));
        var steps = (await person.TrackAsync(trackId)).Steps;
        var (charter, task) = (steps[0], steps[1]);

        Assert.Equal(HttpStatusCode.OK, (await person.CompleteAsync(trackId, charter.Id)).StatusCode);
        var skipped = await person.CompleteAsync(trackId, task.Id);
        Assert.Equal(HttpStatusCode.Conflict, skipped.StatusCode);
        Assert.Equal("onboarding.step_needs_sign_off", (await skipped.ProblemAsync()).GetProperty("code").GetString());

        var asked = await AskAsync(person, trackId, task.Id);
        var again = await AskAsync(person, trackId, task.Id);
        Assert.Equal(asked.Id, again.Id);
        Assert.Equal((SignOffStatus.Waiting, "Crew member", site.Name), (asked.Status, asked.PersonName, asked.Location));
        Assert.Equal(SignOffStatus.Waiting, (await person.TrackAsync(trackId)).Steps[1].SignOff!.Status);

        var managerClient = platform.CreateClientFor(manager);
        var otherClient = platform.CreateClientFor(otherManager);
        Assert.Contains(await QueueAsync(managerClient), r => r.Id == asked.Id);
        Assert.DoesNotContain(await QueueAsync(otherClient), r => r.Id == asked.Id);
        Assert.DoesNotContain(await QueueAsync(person), r => r.Id == asked.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(otherClient, asked.Id, true, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DecideAsync(person, asked.Id, true, null)).StatusCode);

        var noNote = await DecideAsync(managerClient, asked.Id, false, " ");
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.True((await noNote.ProblemAsync()).GetProperty("errors").TryGetProperty("note", out _));
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(managerClient, asked.Id, false, "Purge the steam wand too")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await DecideAsync(managerClient, asked.Id, true, null)).StatusCode);
        var declined = (await person.TrackAsync(trackId)).Steps[1];
        Assert.Equal((SignOffStatus.Declined, "Purge the steam wand too", false), (declined.SignOff!.Status, declined.SignOff.Note, declined.IsCompleted));

        var secondAsk = await AskAsync(person, trackId, task.Id);
        Assert.NotEqual(asked.Id, secondAsk.Id);
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(managerClient, secondAsk.Id, true, null)).StatusCode);

        var done = await person.TrackAsync(trackId);
        Assert.True(done.Steps.All(s => s.IsCompleted));
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync($"/api/v1/onboarding/tracks/{trackId}/certificate", Cancel)).StatusCode);
        var told = await Eventually.GetAsync(
            () => platform.AsAsync(crew, sp => sp.GetRequiredService<INotificationsService>().MineAsync(20, Cancel)),
            notifications => notifications.Any(n => n.Kind == "sign-off-approved"));
        Assert.Contains(told, n => n.Kind == "sign-off-declined" && n.Text == "Clean the coffee machine");
    }

    [Fact]
    public async Task TwoTapsAtOnce_MakeOneWaitingRequest()
    {
        var site = await platform.NewLocationAsync($"Nice {Guid.NewGuid():N}"[..13]);
        var crew = platform.CreateClientFor(await platform.CreateUserAsync("Double tapper", EmploymentType.Seasonal, location: site.Name));
        var trackId = await (await AdminClientAsync()).CreateTrackAsync(new NewTrack($"Tap {Guid.NewGuid()}", "", [await platform.CreateAudienceOverAsync(site.Id)], 3,
            [new NewStep(StepKind.SignOff, "Open the till", "", [])]));
        await Eventually.GetAsync(crew.MyTracksAsync, tracks => tracks.Any(t => t.TrackId == trackId));
        var step = (await crew.TrackAsync(trackId)).Steps[0];

        var asked = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => AskAsync(crew, trackId, step.Id)));

        Assert.Single(asked.Select(a => a.Id).Distinct());
        Assert.Equal(1, await platform.AsAsync(null, sp => sp.GetRequiredService<DigitalWorkplace.Onboarding.Data.OnboardingDbContext>().SignOffRequests.CountAsync(r => r.StepId == step.Id, Cancel)));
    }

    [Fact]
    public async Task ATrackFinishedBeforeCertificatesExisted_GetsItsCertificateWhenAskedFor()
    {
        var (person, trackId) = await SeasonalWithTrackAsync();
        var steps = (await person.TrackAsync(trackId)).Steps;
        await person.CompleteAsync(trackId, steps[0].Id);
        await person.SubmitQuizAsync(trackId, steps[1].Id, steps[1].RightAnswers());
        await platform.AsAsync(null, sp => sp.GetRequiredService<DigitalWorkplace.Onboarding.Data.OnboardingDbContext>().Certificates.Where(c => c.TrackId == trackId).ExecuteDeleteAsync(Cancel));

        var late = await person.GetFromJsonAsync<CertificateDto>($"/api/v1/onboarding/tracks/{trackId}/certificate", OnboardingApi.Json, Cancel);
        var again = await person.GetFromJsonAsync<CertificateDto>($"/api/v1/onboarding/tracks/{trackId}/certificate", OnboardingApi.Json, Cancel);

        Assert.Equal(late!.Code, again!.Code);
    }

    private static async Task<SignOffDto> AskAsync(HttpClient person, Guid trackId, Guid stepId)
    {
        using var response = await person.PostAsync($"/api/v1/onboarding/tracks/{trackId}/steps/{stepId}/sign-off", null, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<SignOffDto>(OnboardingApi.Json, Cancel))!;
    }

    private static async Task<IReadOnlyList<SignOffDto>> QueueAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<SignOffDto>>("/api/v1/onboarding/sign-offs", OnboardingApi.Json, Cancel))!;

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, Guid signOffId, bool approve, string? note) =>
        client.PostAsJsonAsync($"/api/v1/onboarding/sign-offs/{signOffId}/decision", new { approve, note }, OnboardingApi.Send, Cancel);
}
