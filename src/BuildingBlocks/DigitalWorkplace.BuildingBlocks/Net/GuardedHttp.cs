using System.Net;
using System.Net.Sockets;

namespace DigitalWorkplace.BuildingBlocks.Net;

/// <summary>The server refused to connect to an address (not public, or a port it does not fetch from).</summary>
public sealed class AddressRefusedException(string message) : Exception(message);

/// <summary>
/// An HTTP handler for fetching what people link to. The address is checked where it matters — after DNS resolution,
/// on the very address the socket connects to — so a name that resolves to a private address, a DNS answer mixing
/// public and private addresses, or a redirect to one are all refused; there is no proxy, no cookie, no automatic
/// redirect (the caller follows them, and each new connection is checked again).
/// </summary>
public static class GuardedHttp
{
    /// <param name="allowed">Which addresses may be reached (<see cref="PublicAddresses.IsPublic"/> in production).</param>
    /// <param name="resolve">How names are resolved (the system's DNS in production).</param>
    public static SocketsHttpHandler CreateHandler(Func<IPAddress, bool> allowed, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        resolve ??= Dns.GetHostAddressesAsync;
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = TimeSpan.FromSeconds(3),
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            MaxResponseHeadersLength = 32,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var host = context.DnsEndPoint.Host;
                var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await resolve(host, cancellationToken);
                // Every answer must be allowed: connecting to "the first public one" would let a mixed answer pick later.
                if (addresses.Length == 0 || !addresses.All(allowed))
                {
                    throw new AddressRefusedException($"{host} does not resolve to public addresses only.");
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(addresses[0], context.DnsEndPoint.Port, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
    }
}
