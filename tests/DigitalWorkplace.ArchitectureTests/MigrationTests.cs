using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Host.Startup;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.ArchitectureTests;

/// <summary>A model change without a migration would break the next upgrade: caught here for each provider.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task EveryModule_HasMigrationsCoveringItsModel(string provider)
    {
        // Building the host opens no connection: comparing the model with the migrations' snapshot needs none.
        await using var app = TestHost.Build(provider);
        var databases = app.Services.GetServices<IModuleDatabase>().ToList();

        Assert.Equal(ModuleCatalog.All.Count - 1, databases.Count); // Search keeps no database: its index is rebuilt from the others.
        Assert.Empty(databases.Where(d => d.HasPendingModelChanges(app.Services)).Select(d => d.Module));
    }
}
