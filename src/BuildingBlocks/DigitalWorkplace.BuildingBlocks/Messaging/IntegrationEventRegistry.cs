using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.BuildingBlocks.Messaging;

/// <summary>One subscription: an event, a named subscriber, and how to hand the event to its handler.</summary>
public sealed record IntegrationEventSubscription(
    string EventName, Type EventType, string Subscriber, Type HandlerType, Func<IServiceProvider, IntegrationEvent, CancellationToken, Task> Invoke);

/// <summary>Knows every subscription by stored event and subscriber name, and delivers one stored event to one subscriber.</summary>
public sealed class IntegrationEventRegistry
{
    private readonly FrozenDictionary<string, string[]> _subscribersByEvent;
    private readonly FrozenDictionary<(string Event, string Subscriber), IntegrationEventSubscription> _byDelivery;

    public IntegrationEventRegistry(IEnumerable<IntegrationEventSubscription> subscriptions)
    {
        var all = subscriptions.ToList();
        _subscribersByEvent = all.GroupBy(s => s.EventName, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(s => s.Subscriber).ToArray(), StringComparer.Ordinal);
        _byDelivery = all.ToFrozenDictionary(s => (s.EventName, s.Subscriber));
        Subscriptions = all;
    }

    public IReadOnlyList<IntegrationEventSubscription> Subscriptions { get; }

    /// <summary>The stored name of an event type, read from its attribute once per type.</summary>
    public static string NameOf<TEvent>()
        where TEvent : IntegrationEvent => EventName<TEvent>.Value;

    /// <summary>The prefix of the building blocks' own events (the audit trail's), which every module publishes.</summary>
    public const string PlatformPrefix = "platform.";

    /// <summary>
    /// Events are named after the module that publishes them: "feeds.post-published" is the feeds module's. "platform."
    /// events belong to the building blocks, and any module may publish them.
    /// </summary>
    public static bool IsPublishedBy(string eventName, string module) =>
        eventName.StartsWith(PlatformPrefix, StringComparison.Ordinal)
        || (eventName.Length > module.Length && eventName[module.Length] == '.' && eventName.StartsWith(module, StringComparison.Ordinal));

    /// <summary>The stored name of an event type, from its <see cref="IntegrationEventNameAttribute"/>.</summary>
    public static string NameOf(Type eventType) => ReadName(eventType);

    internal static string ReadName(Type eventType) =>
        eventType.GetCustomAttribute<IntegrationEventNameAttribute>()?.Name
        ?? throw new InvalidOperationException($"{eventType.FullName} has no [IntegrationEventName]: stored events need a stable name.");

    /// <summary>The stored name of a handler type, from its <see cref="IntegrationEventSubscriberAttribute"/>.</summary>
    public static string SubscriberOf(Type handlerType) =>
        handlerType.GetCustomAttribute<IntegrationEventSubscriberAttribute>()?.Name
        ?? throw new InvalidOperationException($"{handlerType.FullName} has no [IntegrationEventSubscriber]: deliveries need a stable subscriber name.");

    public IReadOnlyList<string> SubscribersOf(string eventName) =>
        _subscribersByEvent.TryGetValue(eventName, out var subscribers) ? subscribers : [];

    /// <summary>Delivers one stored event to one subscriber, in a scope of its own.</summary>
    public async Task DeliverAsync(IServiceProvider services, string eventName, string subscriber, string payload, CancellationToken cancellationToken)
    {
        if (!_byDelivery.TryGetValue((eventName, subscriber), out var subscription))
        {
            throw new InvalidOperationException($"No subscriber '{subscriber}' of '{eventName}' is registered on this node.");
        }

        var integrationEvent = (IntegrationEvent)JsonSerializer.Deserialize(payload, subscription.EventType, MessagingModel.Json)!;
        await using var scope = services.CreateAsyncScope();
        await subscription.Invoke(scope.ServiceProvider, integrationEvent, cancellationToken);
    }
}

file static class EventName<TEvent>
    where TEvent : IntegrationEvent
{
    public static readonly string Value = IntegrationEventRegistry.ReadName(typeof(TEvent));
}

public static class IntegrationEventSubscriptions
{
    /// <summary>Subscribes a module's handler, under its <see cref="IntegrationEventSubscriberAttribute"/> name, to an integration event.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new IntegrationEventSubscription(
            IntegrationEventRegistry.NameOf<TEvent>(),
            typeof(TEvent),
            IntegrationEventRegistry.SubscriberOf(typeof(THandler)),
            typeof(THandler),
            (provider, integrationEvent, cancellationToken) =>
                provider.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken)));
        return services;
    }
}
