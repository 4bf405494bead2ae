using System.Net;
using DigitalWorkplace.BuildingBlocks.Net;

namespace DigitalWorkplace.BuildingBlocks.Tests;

/// <summary>Every range a server-side fetch must never reach, and addresses just outside them that it may.</summary>
public sealed class PublicAddressesTests
{
    [Theory]
    [InlineData("0.0.0.0")]                 // this network
    [InlineData("0.255.255.255")]
    [InlineData("127.0.0.1")]               // loopback
    [InlineData("127.255.255.254")]
    [InlineData("10.0.0.1")]                // private
    [InlineData("10.255.255.255")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]         // link-local: the cloud metadata service
    [InlineData("169.254.0.1")]
    [InlineData("100.64.0.1")]              // carrier-grade NAT
    [InlineData("100.127.255.255")]
    [InlineData("192.0.0.8")]               // IETF protocol assignments
    [InlineData("192.0.2.1")]               // documentation
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.9")]
    [InlineData("198.18.0.1")]              // benchmarking
    [InlineData("198.19.255.255")]
    [InlineData("192.88.99.1")]             // 6to4 relay
    [InlineData("224.0.0.1")]               // multicast
    [InlineData("239.255.255.250")]
    [InlineData("240.0.0.1")]               // reserved
    [InlineData("255.255.255.255")]         // broadcast
    [InlineData("::")]                      // unspecified
    [InlineData("::1")]                     // loopback
    [InlineData("::127.0.0.1")]             // IPv4-compatible
    [InlineData("::ffff:127.0.0.1")]        // IPv4-mapped loopback
    [InlineData("::ffff:10.0.0.1")]         // IPv4-mapped private
    [InlineData("::ffff:169.254.169.254")]  // IPv4-mapped metadata service
    [InlineData("::ffff:8.8.8.8")]          // IPv4-mapped, even public: refused as a form
    [InlineData("64:ff9b::a00:1")]          // NAT64 of 10.0.0.1
    [InlineData("64:ff9b::7f00:1")]         // NAT64 of 127.0.0.1
    [InlineData("64:ff9b:1::1")]            // local-use NAT64
    [InlineData("2002:7f00:1::1")]          // 6to4 of 127.0.0.1
    [InlineData("2001:0:4136:e378::1")]     // Teredo
    [InlineData("2001:db8::1")]             // documentation
    [InlineData("100::1")]                  // discard-only
    [InlineData("fc00::1")]                 // unique local
    [InlineData("fd12:3456:789a::1")]
    [InlineData("fe80::1")]                 // link-local
    [InlineData("fec0::1")]                 // site-local
    [InlineData("ff02::1")]                 // multicast
    public void IsPublic_AnAddressInARefusedRange_IsFalse(string address) =>
        Assert.False(PublicAddresses.IsPublic(IPAddress.Parse(address)), address);

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("1.1.1.1")]
    [InlineData("9.255.255.255")]           // just below 10/8
    [InlineData("11.0.0.1")]
    [InlineData("100.63.255.255")]          // just outside carrier-grade NAT
    [InlineData("100.128.0.0")]
    [InlineData("172.15.255.255")]          // just outside 172.16/12
    [InlineData("172.32.0.0")]
    [InlineData("169.253.255.255")]
    [InlineData("192.167.255.255")]
    [InlineData("223.255.255.254")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("2a00:1450:4007:80c::200e")]
    public void IsPublic_AnInternetAddress_IsTrue(string address) =>
        Assert.True(PublicAddresses.IsPublic(IPAddress.Parse(address)), address);
}
