using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Reminders;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigitalWorkplace.Onboarding.Tests;

/// <summary>Tracks tied to the rest of the platform: steps that join a community or open an app, prerequisites, refreshers.</summary>
public abstract partial class OnboardingTests
{
    [Fact]
    public async Task CommunityAndAppSteps_AreDoneByJoiningAndOpening_HoweverThePersonJoined()
    {
        var admin = await AdminClientAsync();
        var owner = await platform.CreateUserAsync();
        var team = await CommunityAsync(owner, "Team Orly", CommunityVisibility.Public);
        var brand = await CommunityAsync(owner, "Brand news", CommunityVisibility.Public);
        var closing = await CommunityAsync(owner, "Soon private", CommunityVisibility.Public);
        var rota = (await platform.AsAsync(null, sp => sp.GetRequiredService<ILauncherService>()
            .RegisterAppAsync(new NewApp("Rota " + Guid.NewGuid().ToString("N")[..6], "Shifts", new Uri("https://rota.example/"), null, [], []), Cancel))).Value!;
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var person = await platform.CreateUserAsync(type: EmploymentType.Seasonal);
        var trackId = await admin.CreateTrackAsync(new NewTrack("Your team", "", [audience], 7, [
            new NewStep(StepKind.JoinCommunity, "Join your team", "Where the rota is posted.", [], TargetId: team),
            new NewStep(StepKind.OpenApp, "Find your shifts", "Open the rota.", [], TargetId: rota.Id),
            new NewStep(StepKind.JoinCommunity, "Follow the brand", "", [], TargetId: brand),
            new NewStep(StepKind.JoinCommunity, "The owners' room", "", [], TargetId: closing),
        ]));
        var client = platform.CreateClientFor(person);

        var steps = (await client.TrackAsync(trackId)).Steps;
        Assert.Equal([team, rota.Id, brand, closing], steps.Select(s => s.Target!.Id));
        Assert.StartsWith("Team Orly", steps[0].Target!.Name, StringComparison.Ordinal);
        Assert.Equal(rota.Name, steps[1].Target!.Name);

        using var joined = await client.CompleteAsync(trackId, steps[0].Id);
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.True((await platform.AsAsync(person, sp => sp.GetRequiredService<ICommunitiesService>().GetAsync(team, Cancel))).Value!.IsMember);
        using var opened = await client.CompleteAsync(trackId, steps[1].Id);
        Assert.Equal($"/apps/{rota.Id}/launch", (await opened.Content.ReadFromJsonAsync<StepCompletedDto>(OnboardingApi.Json, Cancel))!.OpenUrl);
        // Joined from the community's own page: the step is done all the same.
        Assert.True((await platform.AsAsync(person, sp => sp.GetRequiredService<ICommunitiesService>().JoinAsync(brand, Cancel))).IsSuccess);
        await Eventually.HoldsAsync(async () => (await client.TrackAsync(trackId)).Steps[2].IsCompleted, "the brand step done by joining elsewhere");
        // Made private since: it refuses a self-join, and the step stays to do, saying why.
        Assert.True((await platform.AsAsync(owner, sp => sp.GetRequiredService<ICommunitiesService>()
            .UpdateAsync(closing, "Now private " + Guid.NewGuid().ToString("N")[..6], "", CommunityVisibility.Private, [], null, Cancel))).IsSuccess);
        using var refused = await client.CompleteAsync(trackId, steps[3].Id);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("onboarding.community_not_joinable", (await refused.ProblemAsync()).GetProperty("code").GetString());
        Assert.Equal([true, true, true, false], (await client.TrackAsync(trackId)).Steps.Select(s => s.IsCompleted));
    }

    [Fact]
    public async Task CommunityAndAppSteps_NameWhatExists_OrAreRefusedByField()
    {
        var admin = await AdminClientAsync();
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);

        using var missing = await admin.PostAsJsonAsync("/api/v1/onboarding/tracks",
            new NewTrack("No target", "", [audience], 7, [new NewStep(StepKind.JoinCommunity, "Join", "", [])]), OnboardingApi.Send, Cancel);
        using var unknown = await admin.PostAsJsonAsync("/api/v1/onboarding/tracks",
            new NewTrack("Unknown target", "", [audience], 7, [new NewStep(StepKind.Content, "Read", "", []), new NewStep(StepKind.OpenApp, "Open", "", [], TargetId: Guid.NewGuid())]),
            OnboardingApi.Send, Cancel);

        var secret = await CommunityAsync(await platform.CreateUserAsync(), "Board room", CommunityVisibility.Secret);
        using var closed = await admin.PostAsJsonAsync("/api/v1/onboarding/tracks",
            new NewTrack("Closed target", "", [audience], 7, [new NewStep(StepKind.JoinCommunity, "Join", "", [], TargetId: secret)]), OnboardingApi.Send, Cancel);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (missing.StatusCode, unknown.StatusCode, closed.StatusCode));
        Assert.True((await closed.ProblemAsync()).GetProperty("fieldErrors").TryGetProperty("steps[0].targetId", out _));
        Assert.True((await missing.ProblemAsync()).GetProperty("errors").TryGetProperty("steps[0].targetId", out _));
        Assert.Contains("unknown_target", (await unknown.ProblemAsync()).GetProperty("fieldErrors").GetProperty("steps[1].targetId").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrackWithAPrerequisite_IsLockedUntilThePrerequisiteIsFinished_AndCannotWaitForItself()
    {
        var admin = await AdminClientAsync();
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var learner = await platform.CreateUserAsync(type: EmploymentType.Seasonal);
        var client = platform.CreateClientFor(learner);
        var induction = await admin.CreateTrackAsync(new NewTrack("Induction " + Guid.NewGuid().ToString("N")[..6], "", [audience], 7, [new NewStep(StepKind.Content, "Welcome", "", [])]));
        var till = await admin.CreateTrackAsync(new NewTrack("Till training", "", [audience], 14, [new NewStep(StepKind.Content, "The till", "", [])], PrerequisiteIds: [induction]));
        var inductionTitle = (await client.TrackAsync(induction)).Progress.Title;

        var locked = Assert.Single(await client.MyTracksAsync(), t => t.TrackId == till);
        Assert.Equal([inductionTitle], locked.WaitingFor);
        using var early = await client.CompleteAsync(till, (await client.TrackAsync(till)).Steps[0].Id);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("onboarding.prerequisite_pending", (await early.ProblemAsync()).GetProperty("code").GetString());
        // Past its date while still locked: not the person's to do yet, so never recalled as overdue.
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await platform.AsAsync(null, sp => sp.GetRequiredService<OnboardingDbContext>().Assignments.Where(a => a.TrackId == till && a.PersonId == learner.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.DueOn, yesterday), Cancel));
        await platform.Services.GetServices<IHostedService>().OfType<OnboardingReminders>().Single().SendDueAsync(Cancel);
        Assert.Null(await platform.AsAsync(null, sp => sp.GetRequiredService<OnboardingDbContext>().Assignments.Where(a => a.TrackId == till && a.PersonId == learner.Id).Select(a => a.OverdueNoticedAt).SingleAsync(Cancel)));

        Assert.Equal(HttpStatusCode.OK, (await client.CompleteAsync(induction, (await client.TrackAsync(induction)).Steps[0].Id)).StatusCode);
        Assert.False(Assert.Single(await client.MyTracksAsync(), t => t.TrackId == till).IsLocked);
        Assert.Equal(HttpStatusCode.OK, (await client.CompleteAsync(till, (await client.TrackAsync(till)).Steps[0].Id)).StatusCode);

        // The induction waiting for the till training would lock both for ever: refused by name.
        using var circular = await admin.PutAsJsonAsync($"/api/v1/onboarding/authoring/tracks/{induction}",
            new NewTrack("Induction", "", [audience], 7, [new NewStep(StepKind.Content, "Welcome", "", [])], Draft: true, PrerequisiteIds: [till]), OnboardingApi.Send, Cancel);
        Assert.True(circular.StatusCode == HttpStatusCode.BadRequest, await circular.Content.ReadAsStringAsync(Cancel));
        Assert.Contains("circular", (await circular.ProblemAsync()).GetProperty("fieldErrors").GetProperty("prerequisiteIds").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresher_ComesBackItsPeriodAfterItWasFinished_OnceAndFromScratch_AndCertifiesTheNewRound()
    {
        var admin = await AdminClientAsync();
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var title = "Food safety " + Guid.NewGuid().ToString("N")[..6];
        var person = await platform.CreateUserAsync(type: EmploymentType.Seasonal);
        var leaver = await platform.CreateUserAsync(type: EmploymentType.Seasonal);
        var trackId = await admin.CreateTrackAsync(new NewTrack(title, "", [audience], 10, [new NewStep(StepKind.Content, "Cold chain", "", [])], RefreshAfterMonths: 12));
        var client = platform.CreateClientFor(person);
        var step = (await client.TrackAsync(trackId)).Steps[0].Id;
        Assert.Equal(HttpStatusCode.OK, (await client.CompleteAsync(trackId, step)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await platform.CreateClientFor(leaver).CompleteAsync(trackId, step)).StatusCode);
        // The leaver's season is over: their account ended.
        Assert.True((await platform.AsAsync(null, sp => sp.GetRequiredService<IPeopleAdministration>().EndAccessAsync(leaver.Id, AccountStatus.Ended, Cancel))).IsSuccess);
        var first = (await client.GetFromJsonAsync<CertificateDto>($"/api/v1/onboarding/tracks/{trackId}/certificate", OnboardingApi.Json, Cancel))!;
        var reminders = platform.Services.GetServices<IHostedService>().OfType<OnboardingReminders>().Single();
        await reminders.SendDueAsync(Cancel);
        Assert.Equal(1, Assert.Single(await client.MyTracksAsync(), t => t.TrackId == trackId).CompletedSteps);

        // Thirteen months later.
        await MoveBackAsync(person.Id, trackId, TimeSpan.FromDays(13 * 31));
        await MoveBackAsync(leaver.Id, trackId, TimeSpan.FromDays(13 * 31));
        await reminders.SendDueAsync(Cancel);
        await reminders.SendDueAsync(Cancel);

        var again = Assert.Single(await client.MyTracksAsync(), t => t.TrackId == trackId);
        Assert.Equal((0, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(10)), (again.CompletedSteps, again.DueOn));
        var told = await Eventually.GetAsync(
            () => platform.AsAsync(person, sp => sp.GetRequiredService<INotificationsService>().MineAsync(50, Cancel)),
            mine => mine.Any(n => n.Kind == "onboarding-refresher"));
        Assert.Equal((title, $"/onboarding/{trackId}"), Assert.Single(told, n => n.Kind == "onboarding-refresher") is var n ? (n.Text, n.Url) : default);
        // Nobody brings back a leaver: their round stays finished.
        var leaverRound = await platform.AsAsync(null, sp => sp.GetRequiredService<OnboardingDbContext>().StepCompletions.CountAsync(c => c.PersonId == leaver.Id && c.TrackId == trackId, Cancel));
        Assert.Equal(1, leaverRound);
        // The earlier round's certificate still proves it; finishing again certifies the new round.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/certificates/{first.Code}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.CompleteAsync(trackId, step)).StatusCode);
        var second = (await client.GetFromJsonAsync<CertificateDto>($"/api/v1/onboarding/tracks/{trackId}/certificate", OnboardingApi.Json, Cancel))!;
        Assert.NotEqual(first.Code, second.Code);
    }

    /// <summary>Moves a person's round of a track (its start and its certificates) back in time.</summary>
    private Task<int> MoveBackAsync(Guid personId, Guid trackId, TimeSpan by) =>
        platform.AsAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<OnboardingDbContext>();
            var assignment = await db.Assignments.SingleAsync(a => a.PersonId == personId && a.TrackId == trackId, Cancel);
            var certificates = await db.Certificates.Where(c => c.PersonId == personId && c.TrackId == trackId).ToListAsync(Cancel);
            var movedStart = assignment.AssignedAt - by;
            await db.Assignments.Where(a => a.PersonId == personId && a.TrackId == trackId).ExecuteUpdateAsync(set => set.SetProperty(a => a.AssignedAt, movedStart), Cancel);
            foreach (var certificate in certificates)
            {
                var movedIssue = certificate.IssuedAt - by;
                await db.Certificates.Where(c => c.Id == certificate.Id).ExecuteUpdateAsync(set => set.SetProperty(c => c.IssuedAt, movedIssue), Cancel);
            }

            return certificates.Count;
        });

    private async Task<Guid> CommunityAsync(TestUser owner, string name, CommunityVisibility visibility)
    {
        var created = await platform.AsAsync(owner, sp => sp.GetRequiredService<ICommunitiesService>().CreateAsync($"{name} {Guid.NewGuid():N}"[..(name.Length + 7)], "", visibility, Cancel));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value!.Id;
    }
}
