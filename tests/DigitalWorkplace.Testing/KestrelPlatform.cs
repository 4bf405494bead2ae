using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Testing;

/// <summary>The real host on Kestrel on a loopback port, for real browsers, real OpenID Connect clients and raw HTTP.</summary>
public class KestrelPlatform : PlatformFactory
{
    public KestrelPlatform()
        : this(TestDatabase.Sqlite)
    {
    }

    protected KestrelPlatform(TestDatabase database)
        : base(database) => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The host's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First() + "/");

    /// <summary>
    /// A browser over real sockets: its own cookie jar, redirects not followed, and, when given, the address a proxy
    /// would say it comes from (X-Forwarded-For, trusted from loopback).
    /// </summary>
    public HttpClient NewSocketBrowser(string? forwardedFor = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Address };
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return client;
    }

    /// <summary>A client over real sockets, optionally with the person's bearer token; redirects are not followed.</summary>
    public HttpClient CreateSocketClient(TestUser? user = null)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Address };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", user.Token);
        }

        return client;
    }
}

/// <summary>The real host on Kestrel, on PostgreSQL.</summary>
public class KestrelPostgresPlatform() : KestrelPlatform(TestDatabase.Postgres);

/// <summary>
/// The real host on Kestrel with the outside services it can use pointed at local ones: its translator at a
/// <see cref="LocalTranslator"/> (LibreTranslate's API) and its mail at a <see cref="LocalSmtpServer"/>.
/// </summary>
public sealed class ConnectedKestrelPlatform : KestrelPlatform
{
    public LocalTranslator Translator { get; } = new();

    public LocalSmtpServer Smtp { get; } = new();

    protected override async Task BeforeStartAsync()
    {
        await Translator.InitializeAsync();
        await Smtp.InitializeAsync();
    }

    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        Translator.LibreTranslateSettings.Concat(Smtp.Settings).ToDictionary(s => s.Key, s => s.Value);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Translator.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
