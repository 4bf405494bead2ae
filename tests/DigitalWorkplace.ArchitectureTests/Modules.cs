using System.Reflection;
using DigitalWorkplace.Host.Startup;

namespace DigitalWorkplace.ArchitectureTests;

/// <summary>Every module, from the host's one catalog.</summary>
public static class Modules
{
    public static TheoryData<string> Names => [.. ModuleCatalog.All.Select(m => m.Name)];

    public static Assembly Module(string name) => ModuleCatalog.All.Single(m => m.Name == name).Assembly;

    public static Assembly Contracts(string name) => Assembly.Load($"DigitalWorkplace.{name}.Contracts");

    public static IEnumerable<string> ReferencedDigitalWorkplaceAssemblies(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("DigitalWorkplace.", StringComparison.Ordinal));

    /// <summary>The Mediator requests (commands and queries) a module declares.</summary>
    public static IEnumerable<Type> Requests(Assembly assembly) =>
        assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(Mediator.IMessage).IsAssignableFrom(t));
}
