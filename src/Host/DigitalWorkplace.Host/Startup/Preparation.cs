using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Host.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DigitalWorkplace.Host.Startup;

internal static partial class Preparation
{
    /// <summary>Migrates every module, seeds the demo organization on an empty database, and tells where to sign in.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        if (database.MigrateOnStartup)
        {
            await MigrateAsync(app.Services, CancellationToken.None);
        }

        DemoSignIn? demo = null;
        if (app.Configuration.GetValue("Demo:Seed", defaultValue: true))
        {
            await using var scope = app.Services.CreateAsyncScope();
            demo = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(CancellationToken.None);
        }

        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var url = addresses.FirstOrDefault() ?? "(no address)";
            var message = demo is null
                ? $"Digital Workplace is ready at {url}"
                : $"""

                   Digital Workplace is ready at {url}
                   Sign in as the demo administrator: {demo.Email} / {demo.Password}
                   (the password was generated on first run and is kept in {demo.File}; every demo account shares it)

                   """;
            Console.WriteLine(message);
        });
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var database in services.GetServices<IModuleDatabase>())
        {
            await database.MigrateAsync(services, cancellationToken);
        }
    }
}
