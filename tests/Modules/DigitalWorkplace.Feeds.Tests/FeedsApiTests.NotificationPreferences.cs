using System.Net.Http.Json;
using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Contracts;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Feeds.Data;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Feeds.Tests;

public abstract partial class FeedsApiTests
{
    [Fact]
    public async Task AGroupTurnedOff_IsNotNotified_AndQuietHoursKeepNotificationsInTheCentreUnpushed()
    {
        var author = Platform.CreateClientFor(await Platform.CreateUserAsync("Talkative"));
        var person = await Platform.CreateUserAsync("Off shift");
        var personClient = Platform.CreateClientFor(person);
        var community = await author.CreateCommunityAsync();
        await personClient.JoinAsync(community.Id);

        var refused = await personClient.PutAsJsonAsync("/api/v1/notifications/preferences", new { muted = new List<string> { "nonsense" }, quietFrom = "22:00" }, FeedsApi.Json, Cancel);
        Assert.Equal(["muted", "quietTo"], (await refused.ErrorFieldsAsync()).Order());
        var now = TimeOnly.FromDateTime(DateTime.UtcNow);
        var saved = await personClient.PutAsJsonAsync("/api/v1/notifications/preferences",
            new { muted = new List<string> { "recognitions" }, quietFrom = now.AddHours(-1).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), quietTo = now.AddHours(1).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), timeZone = "UTC" }, FeedsApi.Json, Cancel);
        Assert.Equal(["recognitions"], (await saved.ReadAsync<NotificationPreferencesDto>()).Muted);
        await using var live = await LiveClient.ConnectAsync(Platform, person);

        var mention = await author.PublishAsync(community.Id, $"Hello @[Off shift](/people/{person.Id})");
        await HandledAsync(mention.Id, "live.notify-mentioned-in-post");
        var centre = await personClient.GetFromJsonAsync<NotificationListDto>("/api/v1/notifications", Cancel);
        Assert.Equal("mention", Assert.Single(centre!.Items).Kind);

        // A later broadcast to the same connection arrives after anything pushed before it: the mention was not pushed.
        var later = await author.PublishAsync(community.Id, "Later post");
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        while ((await live.Posts.ReadAsync(deadline.Token)).PostId != later.Id)
        {
            // the mentioning post itself, broadcast first
        }

        Assert.False(live.Notifications.TryRead(out _));

        // Thanks are a group they turned off: once the handler has run, nothing came.
        var admin = Platform.CreateClientFor(await Platform.CreateUserAsync(administrator: true));
        var value = await (await admin.PostAsJsonAsync("/api/v1/brand-values", NewValue("Quiet care"), Cancel)).ReadAsync<BrandValueDto>();
        var thanks = await (await author.RecogniseAsync(community.Id, "Thank you!", value.Id, person.Id)).ReadAsync<PostDto>();
        await HandledAsync(thanks.Id, "live.notify-recognised");
        Assert.DoesNotContain((await personClient.GetFromJsonAsync<NotificationListDto>("/api/v1/notifications", Cancel))!.Items, n => n.Kind == "recognition");
    }

    private Task HandledAsync(Guid postId, string subscriber) =>
        Eventually.HoldsAsync(
            () => Platform.AsAsync(null, async sp =>
            {
                var db = sp.GetRequiredService<FeedsDbContext>();
                var type = IntegrationEventRegistry.NameOf<PostPublishedIntegrationEvent>();
                var message = await db.OutboxMessages.AsNoTracking().Where(m => m.Type == type && m.Payload.Contains(postId.ToString())).Select(m => m.Id).SingleAsync(Cancel);
                return await db.OutboxDeliveries.AsNoTracking().AnyAsync(d => d.MessageId == message && d.Subscriber == subscriber && d.DeliveredAt != null, Cancel);
            }),
            $"{subscriber} has run");
}
