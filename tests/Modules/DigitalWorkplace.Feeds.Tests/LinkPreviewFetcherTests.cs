using System.Collections.Concurrent;
using System.Net;
using DigitalWorkplace.BuildingBlocks.Net;
using DigitalWorkplace.Feeds.LinkPreviews;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Feeds.Tests;

/// <summary>
/// A real web server on loopback, standing for sites on the internet and in a private network, for the link preview
/// fetcher's HTTP contract: pages are read, and every way to make the server reach what it must not is refused.
/// </summary>
public sealed class LocalSites : IAsyncLifetime
{
    private WebApplication? _app;

    public ConcurrentDictionary<string, int> Hits { get; } = new(StringComparer.Ordinal);

    public int Port { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Use(async (context, next) =>
        {
            Hits.AddOrUpdate(context.Request.Path.Value ?? "", 1, (_, n) => n + 1);
            await next(context);
        });
        _app.MapGet("/page", () => Results.Content(
            """
            <html><head><title>Fallback title</title><meta property="og:title" content="Winter menu &amp; allergens">
            <meta property="og:description" content="  Chestnut cake,
            oat milk.  "><meta property="og:site_name" content="Lumière"></head><body>Hello</body></html>
            """,
            "text/html; charset=utf-8"));
        _app.MapGet("/plain-title", () => Results.Content("<html><head><title>Just a title</title></head></html>", "text/html"));
        _app.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        _app.MapGet("/to/{*target}", (string target) => Results.Redirect(Uri.UnescapeDataString(target)));
        _app.MapGet("/loop/{n:int}", (int n) => Results.Redirect($"/loop/{n + 1}"));
        _app.MapGet("/slow", async (CancellationToken cancellationToken) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return Results.Content("<title>Too late</title>", "text/html");
        });
        // A head, then a body that never ends: only the cap stops the read.
        _app.MapGet("/endless", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<html><head><title>Endless page</title></head><body>", context.RequestAborted);
            var chunk = new string('x', 64 * 1024);
            while (!context.RequestAborted.IsCancellationRequested)
            {
                await context.Response.WriteAsync(chunk, context.RequestAborted);
            }
        });
        await _app.StartAsync();
        Port = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

public sealed class LinkPreviewFetcherTests(LocalSites sites) : IClassFixture<LocalSites>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // In this test, 127.0.0.1 plays "the internet" and every other address a private network.
    private static bool StandInPublic(IPAddress address) => address.Equals(IPAddress.Loopback);

    private static Task<IPAddress[]> StandInDns(string name, CancellationToken cancellationToken) => name switch
    {
        "public.test" => Task.FromResult(new[] { IPAddress.Loopback }),
        "intranet.test" => Task.FromResult(new[] { IPAddress.Parse("10.0.0.7") }),
        "mixed.test" => Task.FromResult(new[] { IPAddress.Loopback, IPAddress.Parse("10.0.0.7") }),
        _ => Dns.GetHostAddressesAsync(name, cancellationToken),
    };

    private static LinkPreviewFetcher StandIn(TimeSpan? timeout = null) =>
        new(new HttpClient(GuardedHttp.CreateHandler(StandInPublic, StandInDns)), new LinkPreviewOptions { AnyPort = true, Timeout = timeout ?? TimeSpan.FromSeconds(20) });

    private Uri At(string host, string path) => new($"http://{host}:{sites.Port}{path}");

    [Fact]
    public async Task APublicPage_GivesItsOpenGraphTitleDescriptionAndSite_OneLineAndTrimmed()
    {
        var preview = await StandIn().FetchAsync(At("public.test", "/page"), Cancel);

        Assert.Equal(new PagePreview(At("public.test", "/page").AbsoluteUri, "Winter menu & allergens", "Chestnut cake, oat milk.", "Lumière"), preview);
        Assert.Equal("Just a title", (await StandIn().FetchAsync(At("public.test", "/plain-title"), Cancel))!.Title);
    }

    [Fact]
    public async Task ANameResolvingToAPrivateAddress_OrToAMixOfPublicAndPrivate_IsNeverConnectedTo()
    {
        var before = sites.Hits.GetValueOrDefault("/page");

        Assert.Null(await StandIn().FetchAsync(At("intranet.test", "/page"), Cancel));
        Assert.Null(await StandIn().FetchAsync(At("mixed.test", "/page"), Cancel));
        Assert.Equal(before, sites.Hits.GetValueOrDefault("/page"));
    }

    [Theory]
    [InlineData("http://intranet.test:{port}/page")]
    [InlineData("http://[::1]:{port}/page")]
    [InlineData("http://10.0.0.7:{port}/page")]
    [InlineData("http://mixed.test:{port}/page")]
    public async Task ARedirectToAPrivateAddress_IsCheckedAgain_AndRefused(string target)
    {
        var redirect = target.Replace("{port}", sites.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var before = sites.Hits.GetValueOrDefault("/page");

        var preview = await StandIn(TimeSpan.FromSeconds(3)).FetchAsync(At("public.test", "/to/" + Uri.EscapeDataString(redirect)), Cancel);

        Assert.Null(preview);
        Assert.Equal(before, sites.Hits.GetValueOrDefault("/page"));
    }

    [Fact]
    public async Task Redirects_AreFollowedThreeTimesAtMost()
    {
        var viaOne = await StandIn().FetchAsync(At("public.test", "/to/" + Uri.EscapeDataString("/page")), Cancel);
        Assert.Equal("Winter menu & allergens", viaOne!.Title);

        Assert.Null(await StandIn().FetchAsync(At("public.test", "/loop/0"), Cancel));
        Assert.Equal(1, sites.Hits.GetValueOrDefault("/loop/3"));
        Assert.Equal(0, sites.Hits.GetValueOrDefault("/loop/4"));
    }

    [Fact]
    public async Task ASlowPage_TimesOut_AnEndlessOneIsReadUpToTheCap_AndOnlyHtmlIsRead()
    {
        Assert.Null(await StandIn(TimeSpan.FromSeconds(1)).FetchAsync(At("public.test", "/slow"), Cancel));
        Assert.Equal("Endless page", (await StandIn().FetchAsync(At("public.test", "/endless"), Cancel))!.Title);
        Assert.Null(await StandIn().FetchAsync(At("public.test", "/image"), Cancel));
    }

    [Theory]
    [InlineData("http://user:secret@public.test/page")]
    [InlineData("ftp://public.test/page")]
    [InlineData("file:///etc/passwd")]
    public void AddressesWithCredentialsOrOtherSchemes_AreNotFetched(string url) =>
        Assert.False(StandIn().IsFetchable(new Uri(url)));

    [Fact]
    public void OnlyTheUsualPorts_InProduction()
    {
        var production = new LinkPreviewFetcher(new HttpClient(), new LinkPreviewOptions());

        Assert.True(production.IsFetchable(new Uri("https://example.com/menu")));
        Assert.False(production.IsFetchable(new Uri("http://example.com:6379/")));
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/page")]
    [InlineData("http://localhost:{port}/page")]
    [InlineData("http://[::ffff:127.0.0.1]:{port}/page")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[64:ff9b::7f00:1]:{port}/page")]
    public async Task TheProductionGuard_RefusesLoopbackMappedNat64AndMetadataAddresses(string url)
    {
        var production = new LinkPreviewFetcher(new HttpClient(GuardedHttp.CreateHandler(PublicAddresses.IsPublic)), new LinkPreviewOptions { AnyPort = true, Timeout = TimeSpan.FromSeconds(3) });
        var before = sites.Hits.GetValueOrDefault("/page");

        Assert.Null(await production.FetchAsync(new Uri(url.Replace("{port}", sites.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)), Cancel));
        Assert.Equal(before, sites.Hits.GetValueOrDefault("/page"));
    }
}
