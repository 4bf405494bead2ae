using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Testing;

/// <summary>The real host on Kestrel on a loopback port, for real browsers and real OpenID Connect clients.</summary>
public sealed class KestrelPlatform : PlatformFactory
{
    public KestrelPlatform()
        : base(TestDatabase.Sqlite) => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The host's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");
}
