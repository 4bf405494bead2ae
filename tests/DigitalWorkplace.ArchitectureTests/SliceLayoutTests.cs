using System.Reflection;
using DigitalWorkplace.Host.Startup;
using Microsoft.AspNetCore.Routing;

namespace DigitalWorkplace.ArchitectureTests;

/// <summary>
/// One layout everywhere: a slice <c>Features/X</c> holds the request <c>X</c> and one endpoint class <c>XEndpoint</c>
/// with a single <c>Map(IEndpointRouteBuilder)</c>, so a reader finds any endpoint the same way in every module.
/// </summary>
public sealed class SliceLayoutTests
{
    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void EveryEndpointClass_IsTheOneEndpointOfItsSlice(string module)
    {
        var endpoints = Modules.Module(module).GetTypes().Where(t => t.Name.EndsWith("Endpoint", StringComparison.Ordinal)).ToList();
        var problems = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var slice = endpoint.Name[..^"Endpoint".Length];
            if (endpoint.Namespace != $"DigitalWorkplace.{module}.Features.{slice}")
            {
                problems.Add($"{endpoint.FullName} is not in the namespace of its slice DigitalWorkplace.{module}.Features.{slice}");
            }

            if (!(endpoint.IsAbstract && endpoint.IsSealed) || endpoint.IsPublic)
            {
                problems.Add($"{endpoint.FullName} must be an internal static class");
            }

            var map = endpoint.GetMethod("Map", BindingFlags.Public | BindingFlags.Static, [typeof(IEndpointRouteBuilder)]);
            if (map is null)
            {
                problems.Add($"{endpoint.FullName} has no public static Map(IEndpointRouteBuilder)");
            }
        }

        Assert.Empty(problems);
        Assert.NotEmpty(endpoints);
    }

    [Fact]
    public void EveryRequestSentOverHttp_HasItsEndpointInItsSlice()
    {
        // A request named like its slice folder is the slice's own; it is answered by that slice's endpoint class.
        var problems = new List<string>();
        foreach (var module in ModuleCatalog.All)
        {
            var types = module.Assembly.GetTypes();
            foreach (var request in Modules.Requests(module.Assembly))
            {
                var expectedNamespace = $"DigitalWorkplace.{module.Name}.Features.{request.Name}";
                if (request.Namespace != expectedNamespace)
                {
                    problems.Add($"{request.FullName} should live in its slice {expectedNamespace}");
                }
                else if (!types.Any(t => t.Namespace == expectedNamespace && t.Name == $"{request.Name}Endpoint"))
                {
                    problems.Add($"{request.FullName} has no {request.Name}Endpoint beside it");
                }
            }
        }

        Assert.Empty(problems);
    }
}
