using DigitalWorkplace.BuildingBlocks.Messaging;
using DigitalWorkplace.Host.Startup;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.ArchitectureTests;

/// <summary>Stored names outlive C# names: every event and subscriber has one, unique, named after its module.</summary>
public sealed class IntegrationEventTests
{
    [Fact]
    public void EveryIntegrationEvent_HasAStableNameStartingWithItsModule()
    {
        var problems = new List<string>();
        var names = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var module in ModuleCatalog.All)
        {
            var prefix = module.Name.ToLowerInvariant() + ".";
            foreach (var type in Modules.Contracts(module.Name).GetTypes().Where(t => t.IsSubclassOf(typeof(IntegrationEvent))))
            {
                var name = type.GetCustomAttributes(typeof(IntegrationEventNameAttribute), inherit: false).Cast<IntegrationEventNameAttribute>().SingleOrDefault()?.Name;
                if (name is null || !name.StartsWith(prefix, StringComparison.Ordinal))
                {
                    problems.Add($"{type.FullName}: [IntegrationEventName] must be \"{prefix}...\", is {name ?? "missing"}");
                }
                else if (!names.TryAdd(name, type))
                {
                    problems.Add($"{type.FullName} and {names[name].FullName} share the name {name}");
                }
            }
        }

        Assert.Empty(problems);
        Assert.True(names.Count >= 8, $"Only {names.Count} events found: the scan is broken.");
    }

    [Fact]
    public async Task EverySubscription_IsNamedAfterTheSubscribingModule_AndUniquePerEvent()
    {
        await using var app = TestHost.Build();
        var subscriptions = app.Services.GetServices<IntegrationEventSubscription>().ToList();

        var misnamed = subscriptions
            .Where(s => !s.Subscriber.StartsWith(ModuleCatalog.All.Single(m => m.Assembly == s.HandlerType.Assembly).Name.ToLowerInvariant() + ".", StringComparison.Ordinal))
            .Select(s => $"{s.HandlerType.FullName} is called {s.Subscriber}")
            .ToList();
        var duplicated = subscriptions.GroupBy(s => (s.EventName, s.Subscriber)).Where(g => g.Count() > 1).Select(g => g.Key.ToString()).ToList();

        Assert.Empty(misnamed);
        Assert.Empty(duplicated);
        Assert.NotEmpty(subscriptions);
    }
}
