using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>One subscription: an event type and how to hand it to its handler.</summary>
public sealed record IntegrationEventSubscription(Type EventType, Type HandlerType, Func<IServiceProvider, IntegrationEvent, CancellationToken, Task> Invoke);

/// <summary>Knows every subscribed event type by its stored name and calls its handlers.</summary>
public sealed class IntegrationEventRegistry(IEnumerable<IntegrationEventSubscription> subscriptions)
{
    private readonly FrozenDictionary<string, IntegrationEventSubscription[]> _byName = subscriptions
        .GroupBy(s => NameOf(s.EventType))
        .ToFrozenDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The stored name: stable across versions of the assembly.</summary>
    public static string NameOf(Type eventType) => eventType.FullName!;

    /// <summary>Delivers one stored event to every subscriber, each in its own scope; the first failure is thrown.</summary>
    public async Task DispatchAsync(IServiceProvider services, string typeName, string payload, CancellationToken cancellationToken)
    {
        if (!_byName.TryGetValue(typeName, out var subscribers))
        {
            return;
        }

        var integrationEvent = (IntegrationEvent)JsonSerializer.Deserialize(payload, subscribers[0].EventType, MessagingModel.Json)!;
        foreach (var subscriber in subscribers)
        {
            await using var scope = services.CreateAsyncScope();
            await subscriber.Invoke(scope.ServiceProvider, integrationEvent, cancellationToken);
        }
    }
}

public static class IntegrationEventSubscriptions
{
    /// <summary>Subscribes a module's handler to an integration event.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new IntegrationEventSubscription(
            typeof(TEvent),
            typeof(THandler),
            (provider, integrationEvent, cancellationToken) =>
                provider.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken)));
        return services;
    }
}
