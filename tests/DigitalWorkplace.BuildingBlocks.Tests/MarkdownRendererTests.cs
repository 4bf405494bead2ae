using DigitalWorkplace.BuildingBlocks.Text;

namespace DigitalWorkplace.BuildingBlocks.Tests;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("# Hello {#feed .error-summary}")]
    [InlineData("[click](/x){#live-status .alert style=\"position:fixed\"}")]
    [InlineData("Some text {data-enhance=false onclick=alert(1)}")]
    public void AuthorAttributes_AreDropped_SoAPostCannotPassForThePage(string markdown)
    {
        var html = _renderer.Render(markdown).Html;

        Assert.DoesNotContain("id=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_OpenNothingThatCouldReachBackToThePage()
    {
        var html = _renderer.Render("[shift planner](https://shifts.example) and [bad](javascript:alert(1))").Html;

        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }
}
