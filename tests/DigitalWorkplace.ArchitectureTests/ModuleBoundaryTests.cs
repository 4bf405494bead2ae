using NetArchTest.Rules;

namespace DigitalWorkplace.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    private const string BuildingBlocks = "DigitalWorkplace.BuildingBlocks";

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Module_ReferencesOnlyBuildingBlocksAndContracts(string module)
    {
        var forbidden = Modules.ReferencedDigitalWorkplaceAssemblies(Modules.Module(module))
            .Where(name => name != BuildingBlocks && !name.EndsWith(".Contracts", StringComparison.Ordinal));

        Assert.Empty(forbidden);
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Contracts_ReferenceNothingButBuildingBlocks(string module)
    {
        var forbidden = Modules.ReferencedDigitalWorkplaceAssemblies(Modules.Contracts(module)).Where(name => name != BuildingBlocks);

        Assert.Empty(forbidden);
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Module_ExposesOnlyItsModuleClass(string module)
    {
        var assembly = Modules.Module(module);
        var publicTypes = assembly.GetExportedTypes().Select(t => t.FullName);

        Assert.Equal([$"DigitalWorkplace.{module}.{module}Module"], publicTypes);
    }

    [Theory]
    [MemberData(nameof(Modules.Names), MemberType = typeof(Modules))]
    public void Domain_UsesNeitherEntityFrameworkNorAspNetCore(string module)
    {
        var result = Types.InAssembly(Modules.Module(module))
            .That().ResideInNamespace($"DigitalWorkplace.{module}.Domain")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
            .GetResult();

        Assert.True(result.IsSuccessful, $"Domain types depending on EF Core or ASP.NET Core: {string.Join(", ", result.FailingTypes.Select(t => t.FullName))}");
    }

    [Fact]
    public void BuildingBlocks_ReferencesNoModule()
    {
        var buildingBlocks = typeof(BuildingBlocks.Results.Error).Assembly;

        Assert.Empty(Modules.ReferencedDigitalWorkplaceAssemblies(buildingBlocks));
    }
}
