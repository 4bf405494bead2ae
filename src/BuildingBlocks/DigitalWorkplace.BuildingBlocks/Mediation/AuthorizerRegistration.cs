using System.Reflection;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DigitalWorkplace.BuildingBlocks.Mediation;

/// <summary>Registers a module's authorizers by convention, so no hand-kept list can forget one.</summary>
public static class AuthorizerRegistration
{
    /// <summary>
    /// Every class of the assembly implementing <see cref="IAuthorizer{TMessage}"/>. A generic authorizer
    /// (<c>TrackRequestAuthorizer&lt;TRequest&gt; where TRequest : ITrackRequest</c>) is closed over every
    /// request of the assembly that satisfies its constraints.
    /// </summary>
    public static IServiceCollection AddAuthorizers(this IServiceCollection services, Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var types = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();
        var requests = types.Where(t => !t.IsGenericTypeDefinition && typeof(IMessage).IsAssignableFrom(t)).ToList();
        foreach (var type in types)
        {
            var closed = type.IsGenericTypeDefinition ? CloseOverRequests(type, requests) : [type];
            foreach (var implementation in closed)
            {
                foreach (var service in AuthorizerInterfaces(implementation))
                {
                    services.TryAddEnumerable(ServiceDescriptor.Scoped(service, implementation));
                }
            }
        }

        return services;
    }

    private static IEnumerable<Type> AuthorizerInterfaces(Type implementation) =>
        implementation.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAuthorizer<>));

    private static IEnumerable<Type> CloseOverRequests(Type definition, List<Type> requests)
    {
        if (definition.GetGenericArguments().Length != 1 || !AuthorizerInterfaces(definition).Any())
        {
            yield break;
        }

        foreach (var request in requests)
        {
            Type closed;
            try
            {
                closed = definition.MakeGenericType(request);
            }
            catch (ArgumentException)
            {
                // The request does not meet the authorizer's constraints: not one of its requests.
                continue;
            }

            yield return closed;
        }
    }
}
