using System.Net;
using System.Net.Sockets;

namespace DigitalWorkplace.BuildingBlocks.Net;

/// <summary>
/// Whether an address is on the public internet, for anything the server fetches on a person's behalf (link previews):
/// a URL typed into a post must never make the server reach its own machine, the private network it sits in, or the
/// cloud's metadata service. Refused: unspecified, loopback, private (RFC 1918, unique local fc00::/7), link-local
/// (169.254/16 — the metadata service — and fe80::/10), carrier-grade NAT (100.64/10), IETF protocol assignments,
/// documentation and benchmarking ranges, multicast, broadcast and reserved, and every IPv6 form that embeds an IPv4
/// address (IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16,
/// Teredo 2001::/32), so that none of them can smuggle a private IPv4 address through.
/// </summary>
public static class PublicAddresses
{
    private static readonly (IPAddress Network, int Prefix)[] RefusedV4 =
    [
        (IPAddress.Parse("0.0.0.0"), 8),        // "this network"
        (IPAddress.Parse("10.0.0.0"), 8),       // private
        (IPAddress.Parse("100.64.0.0"), 10),    // carrier-grade NAT
        (IPAddress.Parse("127.0.0.0"), 8),      // loopback
        (IPAddress.Parse("169.254.0.0"), 16),   // link-local, cloud metadata
        (IPAddress.Parse("172.16.0.0"), 12),    // private
        (IPAddress.Parse("192.0.0.0"), 24),     // IETF protocol assignments
        (IPAddress.Parse("192.0.2.0"), 24),     // documentation
        (IPAddress.Parse("192.88.99.0"), 24),   // 6to4 relay anycast
        (IPAddress.Parse("192.168.0.0"), 16),   // private
        (IPAddress.Parse("198.18.0.0"), 15),    // benchmarking
        (IPAddress.Parse("198.51.100.0"), 24),  // documentation
        (IPAddress.Parse("203.0.113.0"), 24),   // documentation
        (IPAddress.Parse("224.0.0.0"), 4),      // multicast
        (IPAddress.Parse("240.0.0.0"), 4),      // reserved, and 255.255.255.255
    ];

    private static readonly (IPAddress Network, int Prefix)[] RefusedV6 =
    [
        (IPAddress.Parse("::"), 96),            // unspecified, loopback and IPv4-compatible
        (IPAddress.Parse("::ffff:0:0"), 96),    // IPv4-mapped
        (IPAddress.Parse("64:ff9b::"), 96),     // NAT64
        (IPAddress.Parse("64:ff9b:1::"), 48),   // local-use NAT64
        (IPAddress.Parse("100::"), 64),         // discard-only
        (IPAddress.Parse("2001::"), 32),        // Teredo
        (IPAddress.Parse("2001:db8::"), 32),    // documentation
        (IPAddress.Parse("2002::"), 16),        // 6to4
        (IPAddress.Parse("fc00::"), 7),         // unique local
        (IPAddress.Parse("fe80::"), 10),        // link-local
        (IPAddress.Parse("fec0::"), 10),        // site-local (deprecated)
        (IPAddress.Parse("ff00::"), 8),         // multicast
    ];

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => !RefusedV4.Any(r => InRange(address, r.Network, r.Prefix)),
            // Global unicast is 2000::/3: everything else (besides the refused ranges within it) is not the internet.
            AddressFamily.InterNetworkV6 => (address.GetAddressBytes()[0] & 0xE0) == 0x20 && !RefusedV6.Any(r => InRange(address, r.Network, r.Prefix)),
            _ => false,
        };
    }

    private static bool InRange(IPAddress address, IPAddress network, int prefix)
    {
        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        if (a.Length != n.Length)
        {
            return false;
        }

        var full = prefix / 8;
        if (!a.AsSpan(0, full).SequenceEqual(n.AsSpan(0, full)))
        {
            return false;
        }

        var rest = prefix % 8;
        var mask = (byte)(0xFF << (8 - rest));
        return rest == 0 || (a[full] & mask) == (n[full] & mask);
    }
}
