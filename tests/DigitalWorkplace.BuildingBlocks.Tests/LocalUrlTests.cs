using DigitalWorkplace.BuildingBlocks.Http;

namespace DigitalWorkplace.BuildingBlocks.Tests;

public sealed class LocalUrlTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/connect/authorize?client_id=x&redirect_uri=https%3A%2F%2Fapp.example", true)]
    [InlineData("~/feeds", true)]
    [InlineData("//evil.example", false)]
    [InlineData("/\\evil.example", false)]
    [InlineData("https://evil.example", false)]
    [InlineData("evil", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsLocal_Url_TellsWhetherItStaysOnThisSite(string? url, bool expected) =>
        Assert.Equal(expected, LocalUrl.IsLocal(url));

    [Theory]
    [InlineData("/communities?q=caf%C3%A9", "/communities?q=caf%C3%A9")]
    [InlineData("/été", "/%C3%A9t%C3%A9")]
    [InlineData("/\\ud83d", "/%EF%BF%BD")]
    [InlineData("//evil.example", "/")]
    [InlineData(null, "/")]
    public void OrHome_Url_IsLocalAndSendableInALocationHeader(string? url, string expected)
    {
        var safe = LocalUrl.OrHome(url is null ? null : System.Text.RegularExpressions.Regex.Unescape(url));

        Assert.Equal(expected, safe);
        Assert.True(safe.All(char.IsAscii));
    }
}
