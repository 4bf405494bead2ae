using System.Net;
using System.Net.Http.Json;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Onboarding.Tests;

/// <summary>The track editor's API: drafts, versions, publication, assignment by hand, both languages.</summary>
public abstract partial class OnboardingTests
{
    [Fact]
    public async Task Draft_NobodyAssignedUntilPublished_ThenTheAudienceIs()
    {
        var admin = await AdminClientAsync();
        var seasonal = platform.CreateClientFor(await platform.CreateUserAsync(type: EmploymentType.Seasonal));
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var empty = OnboardingApi.ContentAndQuizTrack("Draft " + Guid.NewGuid(), audience) with { Steps = [], Draft = true };
        var draftId = await admin.CreateTrackAsync(empty);

        Assert.DoesNotContain(await seasonal.MyTracksAsync(), t => t.TrackId == draftId);
        Assert.Equal(HttpStatusCode.NotFound, (await seasonal.GetAsync($"/api/v1/onboarding/tracks/{draftId}", Cancel)).StatusCode);
        var unfinished = await admin.PublishAsync(draftId);
        Assert.Equal(HttpStatusCode.BadRequest, unfinished.StatusCode);
        Assert.True((await unfinished.ProblemAsync()).GetProperty("errors").TryGetProperty("steps", out _));

        var saved = await admin.SaveDraftAsync(draftId, OnboardingApi.ContentAndQuizTrack(empty.Title, audience));
        Assert.Equal((draftId, TrackVersionStatus.Draft, 1), (saved.Id, saved.Status, saved.Version));
        Assert.Equal(2, saved.Track.Steps.Count);
        var published = await (await admin.PublishAsync(draftId)).Content.ReadFromJsonAsync<AuthoredTrackDto>(OnboardingApi.Json, Cancel);

        Assert.Equal(TrackVersionStatus.Published, published!.Status);
        Assert.Contains(await seasonal.MyTracksAsync(), t => t.TrackId == draftId);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PublishAsync(draftId)).StatusCode);
    }

    [Fact]
    public async Task EditPublished_MakesNextVersion_InProgressKeepTheirs_OthersMove()
    {
        var admin = await AdminClientAsync();
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var started = platform.CreateClientFor(await platform.CreateUserAsync(type: EmploymentType.Seasonal));
        var waiting = platform.CreateClientFor(await platform.CreateUserAsync(type: EmploymentType.Seasonal));
        var original = OnboardingApi.ContentAndQuizTrack("Versions " + Guid.NewGuid(), audience);
        var v1 = await admin.CreateTrackAsync(original);
        var welcome = (await started.TrackAsync(v1)).Steps[0];
        Assert.Equal(HttpStatusCode.OK, (await started.CompleteAsync(v1, welcome.Id)).StatusCode);

        var edited = original with { Steps = [.. original.Steps, new NewStep(StepKind.Acknowledgement, "Hygiene charter", "I wash my hands.", [])] };
        var draft = await admin.SaveDraftAsync(v1, edited);
        Assert.NotEqual(v1, draft.Id);
        Assert.Equal((2, TrackVersionStatus.Draft, v1), (draft.Version, draft.Status, draft.PublishedId));
        // Saving again from the published version writes the same draft, not a third version.
        Assert.Equal(draft.Id, (await admin.SaveDraftAsync(v1, edited)).Id);
        Assert.Equal(2, (await started.TrackAsync(v1)).Steps.Count);

        Assert.Equal(HttpStatusCode.OK, (await admin.PublishAsync(draft.Id)).StatusCode);

        var kept = Assert.Single(await started.MyTracksAsync(), t => t.Title == original.Title);
        Assert.Equal((v1, 1, 2), (kept.TrackId, kept.CompletedSteps, kept.TotalSteps));
        var moved = Assert.Single(await waiting.MyTracksAsync(), t => t.Title == original.Title);
        Assert.Equal((draft.Id, 3), (moved.TrackId, moved.TotalSteps));
        var newcomer = platform.CreateClientFor(await platform.CreateUserAsync(type: EmploymentType.Seasonal));
        var joined = await Eventually.GetAsync(newcomer.MyTracksAsync, tracks => tracks.Any(t => t.Title == original.Title));
        Assert.Equal(draft.Id, Assert.Single(joined, t => t.Title == original.Title).TrackId);
        var summary = Assert.Single((await admin.GetFromJsonAsync<List<AuthoredTrackSummaryDto>>("/api/v1/onboarding/authoring/tracks", OnboardingApi.Json, Cancel))!, t => t.LineageId == v1);
        Assert.Equal((draft.Id, 2, TrackVersionStatus.Published, (Guid?)null), (summary.Id, summary.Version, summary.Status, summary.DraftId));
        // Everyone seasonal in this host, across both versions.
        Assert.True(summary.Assigned >= 3);
    }

    [Fact]
    public async Task Publish_MovingPeopleInProgress_KeepsTheStepsThatDidNotChange()
    {
        var admin = await AdminClientAsync();
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var person = platform.CreateClientFor(await platform.CreateUserAsync(type: EmploymentType.Seasonal));
        var original = OnboardingApi.ContentAndQuizTrack("Move " + Guid.NewGuid(), audience);
        var v1 = await admin.CreateTrackAsync(original);
        Assert.Equal(HttpStatusCode.OK, (await person.CompleteAsync(v1, (await person.TrackAsync(v1)).Steps[0].Id)).StatusCode);

        var changedQuiz = original.Steps[1] with { PassMarkPercent = 50 };
        var draft = await admin.SaveDraftAsync(v1, original with { Steps = [original.Steps[0], changedQuiz] });
        Assert.Equal(HttpStatusCode.OK, (await admin.PublishAsync(draft.Id, moveInProgress: true)).StatusCode);

        var track = await person.TrackAsync(draft.Id);
        Assert.True(track.Steps[0].IsCompleted);
        Assert.False(track.Steps[1].IsCompleted);
        Assert.DoesNotContain(await person.MyTracksAsync(), t => t.TrackId == v1);
        Assert.Equal(HttpStatusCode.NotFound, (await person.GetAsync($"/api/v1/onboarding/tracks/{v1}", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Publish_SomeoneWhoOnlyTriedTheQuiz_HasStarted_AndKeepsTheirVersion()
    {
        var admin = await AdminClientAsync();
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var user = await platform.CreateUserAsync(type: EmploymentType.Seasonal);
        var person = platform.CreateClientFor(user);
        var original = OnboardingApi.ContentAndQuizTrack("Tried " + Guid.NewGuid(), audience);
        var v1 = await admin.CreateTrackAsync(original);
        var quiz = (await person.TrackAsync(v1)).Steps[1];
        var wrong = quiz.Questions.ToDictionary(q => q.Id, q => q.Text == "Where is the fire exit?" ? 1 : 0);
        Assert.Equal(HttpStatusCode.OK, (await person.SubmitQuizAsync(v1, quiz.Id, wrong)).StatusCode);

        var draft = await admin.SaveDraftAsync(v1, original with { Description = "Changed." });
        Assert.Equal(HttpStatusCode.OK, (await admin.PublishAsync(draft.Id)).StatusCode);

        Assert.Equal(v1, Assert.Single(await person.MyTracksAsync(), t => t.Title == original.Title).TrackId);
        Assert.Equal(1, await platform.AsAsync(null, sp => sp.GetRequiredService<OnboardingDbContext>().Assignments.CountAsync(a => a.LineageId == v1 && a.PersonId == user.Id, Cancel)));
    }

    [Fact]
    public async Task CreateTrack_RetriedWithTheSameKey_MakesOneTrack()
    {
        var admin = await AdminClientAsync();
        var track = OnboardingApi.ContentAndQuizTrack("Retry " + Guid.NewGuid(), await platform.CreateAudienceAsync(EmploymentType.Seasonal));
        var key = Guid.NewGuid().ToString();

        var first = await admin.SendAsync(OnboardingApi.CreateRequest(track, key), Cancel);
        var retry = await admin.SendAsync(OnboardingApi.CreateRequest(track, key), Cancel);
        var other = await admin.SendAsync(OnboardingApi.CreateRequest(track with { Title = "Another" }, key), Cancel);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.UnprocessableEntity), (first.StatusCode, retry.StatusCode, other.StatusCode));
        Assert.Equal(await first.Content.ReadFromJsonAsync<Guid>(Cancel), await retry.Content.ReadFromJsonAsync<Guid>(Cancel));
        Assert.Equal(1, await platform.AsAsync(null, sp => sp.GetRequiredService<OnboardingDbContext>().Tracks.CountAsync(t => t.Title == track.Title, Cancel)));
    }

    [Fact]
    public async Task Publication_CutShort_IsFinishedByItsEvent()
    {
        var admin = await AdminClientAsync();
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var people = new List<TestUser>();
        for (var i = 0; i < 3; i++)
        {
            people.Add(await platform.CreateUserAsync(type: EmploymentType.Seasonal));
        }

        var trackId = await admin.CreateTrackAsync(OnboardingApi.ContentAndQuizTrack("Resume " + Guid.NewGuid(), audience));
        var subscriber = "onboarding.complete-publication";
        var published = trackId.ToString();
        await Eventually.HoldsAsync(() => platform.AsAsync(null, sp =>
        {
            var db = sp.GetRequiredService<OnboardingDbContext>();
            return db.OutboxDeliveries.AnyAsync(d => d.Subscriber == subscriber && d.DeliveredAt != null
                && db.OutboxMessages.Any(m => m.Id == d.MessageId && m.Payload.Contains(published)), Cancel);
        }), "the publication's event delivered");

        // As if the node had stopped after the first person: the others' assignments were never written.
        var lost = people.Skip(1).Select(p => p.Id).ToList();
        await platform.AsAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<OnboardingDbContext>();
            await db.Assignments.Where(a => a.TrackId == trackId && lost.Contains(a.PersonId)).ExecuteDeleteAsync(Cancel);
            var message = await db.OutboxMessages.Where(m => m.Type == "onboarding.track-published" && m.Payload.Contains(published)).Select(m => m.Id).SingleAsync(Cancel);
            return await db.OutboxDeliveries.Where(d => d.Subscriber == subscriber && d.MessageId == message)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.DeliveredAt, (DateTimeOffset?)null), Cancel);
        });

        await Eventually.HoldsAsync(() => platform.AsAsync(null, sp => sp.GetRequiredService<OnboardingDbContext>().Assignments
            .CountAsync(a => a.TrackId == trackId && lost.Contains(a.PersonId), Cancel)).ContinueWith(t => t.Result == lost.Count, TaskScheduler.Default), "the lost assignments made again");
    }

    [Fact]
    public async Task AssignByHand_SomeoneOutsideTheAudience_GetsTheTrackOnce()
    {
        var admin = await AdminClientAsync();
        var permanent = await platform.CreateUserAsync(type: EmploymentType.Permanent);
        var trackId = await admin.CreateTrackAsync(OnboardingApi.ContentAndQuizTrack("By hand " + Guid.NewGuid(), await platform.CreateAudienceAsync(EmploymentType.Seasonal)));
        var path = $"/api/v1/onboarding/authoring/tracks/{trackId}/assignments";

        var first = await admin.PostAsJsonAsync(path, new { personIds = new[] { permanent.Id } }, Cancel);
        var again = await admin.PostAsJsonAsync(path, new { personIds = new[] { permanent.Id } }, Cancel);
        var unknown = await admin.PostAsJsonAsync(path, new { personIds = new[] { Guid.NewGuid() } }, Cancel);
        var byPerson = await platform.CreateClientFor(permanent).PostAsJsonAsync(path, new { personIds = new[] { permanent.Id } }, Cancel);

        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("assigned").GetInt32());
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Cancel)).GetProperty("assigned").GetInt32());
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.Forbidden), (unknown.StatusCode, byPerson.StatusCode));
        Assert.Contains(await platform.CreateClientFor(permanent).MyTracksAsync(), t => t.TrackId == trackId);
    }

    [Fact]
    public async Task TrackWrittenInTwoLanguages_EachReaderGetsTheirs()
    {
        var admin = await AdminClientAsync();
        var person = platform.CreateClientFor(await platform.CreateUserAsync(type: EmploymentType.Seasonal));
        var english = OnboardingApi.ContentAndQuizTrack("First week " + Guid.NewGuid(), await platform.CreateAudienceAsync(EmploymentType.Seasonal));
        var both = english with
        {
            Translations = new Dictionary<string, TrackText> { ["fr"] = new("Première semaine", "Tout pour bien commencer.") },
            Steps =
            [
                english.Steps[0] with { Translations = new Dictionary<string, StepText> { ["fr"] = new("Bienvenue", "# Bienvenue\n\nLisez ceci.") } },
                english.Steps[1] with
                {
                    Questions = [english.Steps[1].Questions[0] with { Translations = new Dictionary<string, QuestionText> { ["fr"] = new("Où est la sortie de secours ?", ["Porte arrière", "Toit"]) } }, english.Steps[1].Questions[1]],
                },
            ],
        };
        var trackId = await admin.CreateTrackAsync(both);

        var inFrench = await person.TrackInAsync(trackId, "fr-FR");
        var inEnglish = await person.TrackInAsync(trackId, "en-GB");

        Assert.Equal(("Première semaine", "Bienvenue"), (inFrench.Progress.Title, inFrench.Steps[0].Title));
        Assert.Contains("Lisez ceci", inFrench.Steps[0].Html, StringComparison.Ordinal);
        Assert.Contains(inFrench.Steps[1].Questions, q => q.Text == "Où est la sortie de secours ?" && q.Choices[0] == "Porte arrière");
        // Not translated: shown as written.
        Assert.Contains(inFrench.Steps[1].Questions, q => q.Text == "Who do you call first?");
        Assert.Equal((english.Title, "Welcome"), (inEnglish.Progress.Title, inEnglish.Steps[0].Title));
        var wrong = await admin.PostAsJsonAsync("/api/v1/onboarding/tracks", both with { Translations = new Dictionary<string, TrackText> { ["de"] = new("Erste Woche", null) } }, OnboardingApi.Send, Cancel);
        Assert.True((await wrong.ProblemAsync()).GetProperty("errors").TryGetProperty("translations.de", out _));
    }

    [Fact]
    public async Task Authoring_ByNonAdministrator_IsForbidden_AndUnknownTrackIsNotFound()
    {
        var person = platform.CreateClientFor(await platform.CreateUserAsync());
        var admin = await AdminClientAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync("/api/v1/onboarding/authoring/tracks", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.PostAsJsonAsync("/api/v1/onboarding/tracks", OnboardingApi.ContentAndQuizTrack("No", await platform.CreateAudienceAsync(EmploymentType.Seasonal)), OnboardingApi.Send, Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/onboarding/authoring/tracks/{Guid.NewGuid()}", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/onboarding/authoring/tracks/{Guid.NewGuid()}/publish", null, Cancel)).StatusCode);
    }
}
