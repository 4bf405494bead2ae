using System.Net;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Onboarding.Data;
using DigitalWorkplace.Onboarding.Reminders;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DigitalWorkplace.Onboarding.Tests;

/// <summary>Unfinished tracks recalled to their people: due soon, then overdue with its event, each once.</summary>
public abstract partial class OnboardingTests
{
    [Fact]
    public async Task UnfinishedTrackPastItsDate_IsRecalledOnce_AFinishedOneNever_AndOneDueSoonIsRecalledBefore()
    {
        var admin = await AdminClientAsync();
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        var late = await platform.CreateUserAsync(type: EmploymentType.Seasonal);
        var finished = await platform.CreateUserAsync(type: EmploymentType.Seasonal);
        var title = "Late " + Guid.NewGuid();
        var lateTrack = await admin.CreateTrackAsync(new NewTrack(title, "", [audience], 30, [new NewStep(StepKind.Content, "Read me", "Text.", [])]));
        var soonTrack = await admin.CreateTrackAsync(new NewTrack("Soon " + Guid.NewGuid(), "", [audience], 1, [new NewStep(StepKind.Content, "Read me", "Text.", [])]));
        var finishedClient = platform.CreateClientFor(finished);
        Assert.Equal(HttpStatusCode.OK, (await finishedClient.CompleteAsync(lateTrack, (await finishedClient.TrackAsync(lateTrack)).Steps[0].Id)).StatusCode);
        // A month later: the track's due date has passed.
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await platform.AsAsync(null, sp => sp.GetRequiredService<OnboardingDbContext>().Assignments.Where(a => a.TrackId == lateTrack)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.DueOn, yesterday), Cancel));
        var reminders = platform.Services.GetServices<IHostedService>().OfType<OnboardingReminders>().Single();

        Assert.True(await reminders.SendDueAsync(Cancel) >= 2);
        await reminders.SendDueAsync(Cancel);

        var told = await Eventually.GetAsync(
            () => platform.AsAsync(late, sp => sp.GetRequiredService<INotificationsService>().MineAsync(50, Cancel)),
            mine => mine.Any(n => n.Kind == "onboarding-overdue") && mine.Any(n => n.Kind == "onboarding-due-soon"));
        var overdue = Assert.Single(told, n => n.Kind == "onboarding-overdue");
        Assert.Equal((title, $"/onboarding/{lateTrack}"), (overdue.Text, overdue.Url));
        Assert.Equal($"/onboarding/{soonTrack}", Assert.Single(told, n => n.Kind == "onboarding-due-soon").Url);
        var lateId = late.Id.ToString();
        var finishedId = finished.Id.ToString();
        var events = await platform.AsAsync(null, sp => sp.GetRequiredService<OnboardingDbContext>().OutboxMessages
            .Where(m => m.Type == "onboarding.overdue" && m.Payload.Contains(lateTrack.ToString())).Select(m => m.Payload).ToListAsync(Cancel));
        Assert.Single(events, e => e.Contains(lateId, StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Contains(finishedId, StringComparison.Ordinal));
    }
}
