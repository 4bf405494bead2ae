using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.Host.Tests;

/// <summary>The outbox as operators see it: nothing is silently taken for delivered.</summary>
public sealed class OutboxTests(SqlitePlatform platform) : IClassFixture<SqlitePlatform>
{
    private static readonly DigitalWorkplace.Identity.Contracts.EmploymentType[] Everyone = [DigitalWorkplace.Identity.Contracts.EmploymentType.Permanent];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Event_WithoutSubscriber_IsLoggedNotCountedAsDelivered()
    {
        // Nobody subscribes to step completions yet (Insights will): the message is kept without deliveries, and said so.
        var admin = await platform.CreateUserAsync(administrator: true);
        using var api = platform.CreateClientFor(admin);
        var everyone = await platform.CreateAudienceAsync(Everyone);
        var created = await api.PostAsJsonAsync("/api/v1/onboarding/tracks", new
        {
            title = "Welcome", description = "", audienceIds = new[] { everyone }, dueInDaysAfterStart = 7,
            steps = new[] { new { kind = "Content", title = "Our story", markdown = "Since 1987.", questions = Array.Empty<object>() } },
        }, Cancel);
        var trackId = await created.Content.ReadFromJsonAsync<Guid>(Cancel);
        var track = await api.GetFromJsonAsync<JsonElement>($"/api/v1/onboarding/tracks/{trackId}", Cancel);
        var stepId = track.GetProperty("steps")[0].GetProperty("id").GetGuid();

        await api.PostAsync($"/api/v1/onboarding/tracks/{trackId}/steps/{stepId}/complete", null, Cancel);

        Assert.Contains(platform.Logs.AtLeast(LogLevel.Warning), log => log.Message.Contains("No subscriber receives onboarding.step-completed", StringComparison.Ordinal));
    }
}
