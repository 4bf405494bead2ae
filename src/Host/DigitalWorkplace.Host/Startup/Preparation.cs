using DigitalWorkplace.BuildingBlocks.Persistence;
using DigitalWorkplace.Host.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DigitalWorkplace.Host.Startup;

/// <summary>
/// Runs before every other hosted service (the outbox dispatchers among them): migrates every module,
/// seeds the demo organization on an empty database, and once the server listens tells where to sign in.
/// </summary>
internal sealed class Preparation(
    IServiceProvider services,
    DatabaseOptions database,
    IConfiguration configuration,
    IHostApplicationLifetime lifetime,
    IServer server) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.MigrateOnStartup)
        {
            await MigrateAsync(services, cancellationToken);
        }

        DemoSignIn? demo = null;
        if (configuration.GetValue("Demo:Seed", defaultValue: true))
        {
            await using var scope = services.CreateAsyncScope();
            demo = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken);
        }

        lifetime.ApplicationStarted.Register(() => Console.WriteLine(Greeting(demo)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        foreach (var module in services.GetServices<IModuleDatabase>())
        {
            await module.MigrateAsync(services, cancellationToken);
        }
    }

    private string Greeting(DemoSignIn? demo)
    {
        var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "(no address)";
        return demo is null
            ? $"Digital Workplace is ready at {url}"
            : $"""

               Digital Workplace is ready at {url}
               Sign in as the demo administrator: {demo.Email} / {demo.Password}
               Every demo account shares that password; try a seasonal barista: lucas.moreau@lumiere.example,
               or the franchisee who runs the airport cafés: nadia@voyageurs.example
               (generated on first run, kept in {demo.File})
               Join as a new hire from a phone (the QR code's link): {url}{demo.JoinPath}
               or type the airport's location code {demo.LocationCode} at {url}/join (the manager approves)
               Join as the agency photographer, a guest who sees only the brand news and the recipe book: {url}{demo.GuestJoinPath}

               """;
    }
}
