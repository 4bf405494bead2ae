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
}
