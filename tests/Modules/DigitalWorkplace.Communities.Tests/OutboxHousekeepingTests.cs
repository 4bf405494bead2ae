using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Communities.Data;
using DigitalWorkplace.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Communities.Tests;

/// <summary>Processed outbox and inbox rows go once the retention has passed; dead letters stay until an operator retries them.</summary>
public sealed class OutboxHousekeepingTests(SqlitePlatform platform) : IClassFixture<SqlitePlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CleanUp_DeletesDeliveredMessagesPastTheRetention_KeepsYoungOnesAndDeadLetters()
    {
        var owner = await platform.CreateUserAsync();
        var delivered = (await platform.CreateClientFor(owner).CreateCommunityAsync()).Id;
        var stuck = (await platform.CreateClientFor(owner).CreateCommunityAsync()).Id;
        var deliveredMessage = await MessageAboutAsync(delivered);
        var stuckMessage = await MessageAboutAsync(stuck);
        var outbox = platform.Services.GetServices<IOutbox>().Single(o => o.Module == "communities");
        await Eventually.HoldsAsync(async () => await outbox.DeliveriesAsync(deliveredMessage, Cancel) is { Count: > 0 } d && d.All(x => x.DeliveredAt is not null), "Delivered");
        await Eventually.HoldsAsync(async () => await outbox.DeliveriesAsync(stuckMessage, Cancel) is { Count: > 0 } d && d.All(x => x.DeliveredAt is not null), "Delivered");
        await WithDbAsync(db => db.OutboxDeliveries.Where(d => d.MessageId == stuckMessage)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.DeliveredAt, (DateTimeOffset?)null).SetProperty(d => d.DeadAt, DateTimeOffset.UtcNow).SetProperty(d => d.Attempts, 15), Cancel));

        var young = await outbox.CleanUpAsync(DateTimeOffset.UtcNow.AddDays(-7), Cancel);
        var keptYoung = await outbox.DeliveriesAsync(deliveredMessage, Cancel);
        var old = await outbox.CleanUpAsync(DateTimeOffset.UtcNow.AddMinutes(1), Cancel);

        Assert.NotEmpty(keptYoung);
        Assert.True(old.Messages >= 1, $"Cleaned {old.Messages} (before: {young.Messages}).");
        Assert.Empty(await outbox.DeliveriesAsync(deliveredMessage, Cancel));
        Assert.False(await WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Id == deliveredMessage, Cancel)));
        Assert.Contains(await outbox.DeadLettersAsync(Cancel), d => d.MessageId == stuckMessage);
        Assert.True(await WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Id == stuckMessage, Cancel)));
    }

    /// <summary>The "community created" message of a community.</summary>
    private Task<Guid> MessageAboutAsync(Guid communityId) =>
        WithDbAsync(async db => (await db.OutboxMessages.AsNoTracking().Where(m => m.Type == "communities.community-created").ToListAsync(Cancel))
            .Single(m => m.Payload.Contains(communityId.ToString(), StringComparison.OrdinalIgnoreCase)).Id);

    private async Task<T> WithDbAsync<T>(Func<CommunitiesDbContext, Task<T>> action)
    {
        await using var scope = platform.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<CommunitiesDbContext>());
    }
}
