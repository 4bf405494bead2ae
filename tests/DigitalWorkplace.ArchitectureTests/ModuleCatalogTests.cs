using System.Xml.Linq;
using DigitalWorkplace.Host.Startup;

namespace DigitalWorkplace.ArchitectureTests;

/// <summary>The catalog is the one list of modules: the Mediator generator's list must match it, and no project reference is dead weight.</summary>
public sealed class ModuleCatalogTests
{
    [Fact]
    public async Task EveryHandlerOfEveryCatalogModule_IsRegisteredByTheMediatorGenerator()
    {
        await using var app = TestHost.Build();
        var handlers = ModuleCatalog.All
            .SelectMany(m => m.Assembly.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(IsHandler))
            .ToList();

        Assert.NotEmpty(handlers);
        var unregistered = handlers.Where(h => app.Services.GetService(h.GetInterfaces().First(IsHandler)) is null).Select(h => h.FullName).ToList();
        Assert.Empty(unregistered);
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Module_UsesEveryProjectItReferences(string module)
    {
        var project = Path.Combine(RepositoryRoot(), "src", "Modules", module, $"DigitalWorkplace.{module}", $"DigitalWorkplace.{module}.csproj");
        var referenced = XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value))
            .ToList();
        var used = Modules.ReferencedDigitalWorkplaceAssemblies(Modules.Module(module)).ToHashSet(StringComparer.Ordinal);

        var unused = referenced.Where(name => !used.Contains(name)).ToList();
        Assert.Empty(unused);
    }

    private static bool IsHandler(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var d
        && (d == typeof(Mediator.ICommandHandler<,>) || d == typeof(Mediator.IQueryHandler<,>) || d == typeof(Mediator.IRequestHandler<,>));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DigitalWorkplace.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (DigitalWorkplace.sln) is not above the test's folder.");
    }
}
