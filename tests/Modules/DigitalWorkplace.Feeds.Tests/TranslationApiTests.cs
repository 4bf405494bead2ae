using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Feeds.Contracts;
using DigitalWorkplace.Testing;

namespace DigitalWorkplace.Feeds.Tests;

/// <summary>"Translate" on posts and comments over the real host: for readers only, in their language, and a clear 503 when the translator fails.</summary>
public sealed class TranslationApiTests(ConnectedKestrelPlatform platform) : IClassFixture<ConnectedKestrelPlatform>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReader_GetsAPostAndAComment_InTheLanguageTheyAsk_WithTheSourceLanguageFound()
    {
        var author = platform.CreateSocketClient(await platform.CreateUserAsync());
        var community = await author.CreateCommunityAsync();
        var post = await author.PublishAsync(community.Id, "Good morning **team**, the winter menu is ready");
        var comment = await (await author.CommentAsync(post.Id, "Thanks team")).ReadAsync<CommentDto>();
        var reader = platform.CreateSocketClient(await platform.CreateUserAsync());

        var translated = await reader.GetFromJsonAsync<TranslationDto>($"/api/v1/posts/{post.Id}/translation?to=FR", Cancel);
        var translatedComment = await reader.GetFromJsonAsync<TranslationDto>($"/api/v1/posts/{post.Id}/comments/{comment.Id}/translation?to=fr", Cancel);

        Assert.Equal("<p>bonjour <strong>équipe</strong>, le hiver carte est prête</p>", translated!.Html.Trim());
        Assert.Equal("en", translated.SourceLanguage);
        Assert.Equal("fr", translated.Language);
        Assert.Equal("<p>merci équipe</p>", translatedComment!.Html.Trim());
    }

    [Fact]
    public async Task WithoutALanguageNamed_TheReadersOwnIsUsed()
    {
        var author = platform.CreateSocketClient(await platform.CreateUserAsync());
        var community = await author.CreateCommunityAsync();
        var post = await author.PublishAsync(community.Id, "Bienvenue à la nouvelle équipe");
        var reader = platform.CreateSocketClient(await platform.CreateUserAsync());
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/posts/{post.Id}/translation");
        request.Headers.AcceptLanguage.ParseAdd("en-GB");

        using var response = await reader.SendAsync(request, Cancel);

        var translated = await response.Content.ReadFromJsonAsync<TranslationDto>(Cancel);
        Assert.Equal("en", translated!.Language);
        Assert.Equal("fr", translated.SourceLanguage);
        Assert.Contains("welcome", translated.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWhoMayNotReadThePost_Gets404_AndTheTranslatorIsNeverAsked()
    {
        var owner = platform.CreateSocketClient(await platform.CreateUserAsync());
        var secret = await owner.CreateCommunityAsync(DigitalWorkplace.Communities.Contracts.CommunityVisibility.Secret);
        var post = await owner.PublishAsync(secret.Id, $"Good morning, the new menu {Guid.NewGuid():N}");
        var comment = await (await owner.CommentAsync(post.Id, "Thanks")).ReadAsync<CommentDto>();
        var outsider = platform.CreateSocketClient(await platform.CreateUserAsync());
        var asked = platform.Translator.Count("/libre/translate");

        using var forPost = await outsider.GetAsync($"/api/v1/posts/{post.Id}/translation?to=fr", Cancel);
        using var forComment = await outsider.GetAsync($"/api/v1/posts/{post.Id}/comments/{comment.Id}/translation?to=fr", Cancel);
        using var unknown = await owner.GetAsync($"/api/v1/posts/{post.Id}/comments/{Guid.NewGuid()}/translation?to=fr", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, forPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forComment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("comment.not_found", await unknown.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(asked, platform.Translator.Count("/libre/translate"));
    }

    [Theory]
    [InlineData("<script>")]
    [InlineData("fr&api_key=x")]
    [InlineData("a-very-long-language-tag-indeed")]
    [InlineData("qq")]
    public async Task ALanguageNotOffered_Is400NamingTo_AndTheTranslatorIsNeverAsked(string to)
    {
        var author = platform.CreateSocketClient(await platform.CreateUserAsync());
        var community = await author.CreateCommunityAsync();
        var post = await author.PublishAsync(community.Id, "Welcome");

        var asked = platform.Translator.Count("/libre/translate");

        using var response = await author.GetAsync($"/api/v1/posts/{post.Id}/translation?to={Uri.EscapeDataString(to)}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal("one_of", problem.RootElement.GetProperty("fieldErrors").GetProperty("to")[0].GetProperty("code").GetString());
        Assert.Equal(asked, platform.Translator.Count("/libre/translate"));
    }

    [Fact]
    public async Task WhenTheTranslatorFails_TheReaderGets503TranslationUnavailable()
    {
        var author = platform.CreateSocketClient(await platform.CreateUserAsync());
        var community = await author.CreateCommunityAsync();
        var post = await author.PublishAsync(community.Id, $"Welcome {Guid.NewGuid():N}");
        platform.Translator.FailWith = HttpStatusCode.InternalServerError;
        try
        {
            using var response = await author.GetAsync($"/api/v1/posts/{post.Id}/translation?to=fr", Cancel);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("translation.unavailable", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
        finally
        {
            platform.Translator.FailWith = null;
        }
    }

    [Fact]
    public async Task ThePostPage_ShowsTheTranslationInPlace_WithItsLanguageAndTheWayBack()
    {
        var user = await platform.CreateUserAsync();
        var author = platform.CreateSocketClient(user);
        var community = await author.CreateCommunityAsync();
        var post = await author.PublishAsync(community.Id, "Welcome to the team");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/posts/{post.Id}?translate={post.Id}");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");

        using var page = await author.SendAsync(request, Cancel);

        var html = await page.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("<div class=\"post-body\" lang=\"fr\"><p>bienvenue to le équipe</p>", html, StringComparison.Ordinal);
        Assert.Contains("Traduit depuis : English", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/posts/{post.Id}#post-{post.Id}\">Voir l&#x27;original</a>", html, StringComparison.Ordinal);
    }
}
