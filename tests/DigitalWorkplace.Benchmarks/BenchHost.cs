using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Benchmarks;

/// <summary>The real host on Kestrel, loopback only, with a fresh database.</summary>
internal static class BenchHost
{
    public static async Task<(PlatformFactory Platform, Uri Address)> StartAsync(TestDatabase database)
    {
        // WebApplicationFactory finds the host's content root through MvcTestingAppManifest.json in the working directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var platform = new PlatformFactory(database);
        platform.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        await platform.InitializeAsync();
        var address = platform.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return (platform, new Uri(address));
    }

    public static HttpClient Client(Uri address, int connections, string? token = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = address,
        };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return client;
    }
}
