using System.Net;
using DigitalWorkplace.Live.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace DigitalWorkplace.Live.Tests;

/// <summary>
/// The hub's edges, over real sockets (so that the WebSocket handshake carries the Origin as a browser sends it):
/// cross-site WebSocket hijacking is refused on every transport, and a client cannot send it big messages.
/// </summary>
public sealed class HubEdgeTests(KestrelPlatform platform) : IClassFixture<KestrelPlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("https://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("null", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.OK)]
    public async Task Negotiate_FromAnOrigin_IsAllowedOnlyForTheSiteItself(string? origin, HttpStatusCode expected)
    {
        var member = await platform.CreateUserAsync();
        using var client = platform.CreateSocketClient(member);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{LiveHub.Path}/negotiate?negotiateVersion=1");
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Negotiate_FromTheSitesOwnOrigin_IsAllowed()
    {
        var member = await platform.CreateUserAsync();
        using var client = platform.CreateSocketClient(member);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{LiveHub.Path}/negotiate?negotiateVersion=1");
        request.Headers.Add("Origin", platform.Address.GetLeftPart(UriPartial.Authority));

        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(HttpTransportType.WebSockets)]
    [InlineData(HttpTransportType.ServerSentEvents)]
    [InlineData(HttpTransportType.LongPolling)]
    public async Task Connection_FromAForeignOrigin_IsRefusedOnEveryTransport(HttpTransportType transport)
    {
        var member = await platform.CreateUserAsync();
        await using var connection = Connection(transport, member, "https://evil.example");

        await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync(Cancel));
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    // The control for the test above: the same connection, from the site's own origin, connects on every transport.
    [Theory]
    [InlineData(HttpTransportType.WebSockets)]
    [InlineData(HttpTransportType.ServerSentEvents)]
    [InlineData(HttpTransportType.LongPolling)]
    public async Task Connection_FromTheSitesOwnOrigin_ConnectsOnEveryTransport(HttpTransportType transport)
    {
        var member = await platform.CreateUserAsync();
        await using var connection = Connection(transport, member, platform.Address.GetLeftPart(UriPartial.Authority));

        await connection.StartAsync(Cancel);

        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    private HubConnection Connection(HttpTransportType transport, TestUser member, string origin) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(platform.Address, LiveHub.Path.TrimStart('/')), o =>
            {
                o.Transports = transport;
                o.SkipNegotiation = transport == HttpTransportType.WebSockets;
                o.AccessTokenProvider = () => Task.FromResult<string?>(member.Token);
                o.Headers["Origin"] = origin;
            })
            .Build();

    [Fact]
    public async Task Message_LargerThanTheCap_ClosesTheConnection()
    {
        var member = await platform.CreateUserAsync();
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(platform.Address, LiveHub.Path.TrimStart('/')), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.AccessTokenProvider = () => Task.FromResult<string?>(member.Token);
            })
            .Build();
        connection.Closed += error =>
        {
            closed.TrySetResult(error);
            return Task.CompletedTask;
        };
        await connection.StartAsync(Cancel);

        _ = connection.SendAsync(LiveHubMethods.Resubscribe, new string('x', 64 * 1024), Cancel);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }
}
