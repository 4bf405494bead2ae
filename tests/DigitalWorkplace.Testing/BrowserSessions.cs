using System.Net;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Xunit;

namespace DigitalWorkplace.Testing;

/// <summary>An HTTP client that behaves like a browser without JavaScript: a cookie jar, forms with their antiforgery token.</summary>
public static partial class BrowserSessions
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly ConditionalWeakTable<HttpClient, CookieContainer> Jars = [];

    /// <summary>A new browser: its own cookies, redirects not followed (so tests see them).</summary>
    public static HttpClient NewBrowser(this PlatformFactory platform)
    {
        var jar = new CookieContainer();
        var browser = platform.CreateDefaultClient(new CookieContainerHandler(jar));
        Jars.Add(browser, jar);
        return browser;
    }

    /// <summary>The browser's cookies for the site, as a thief with access to the device would copy them.</summary>
    public static IReadOnlyList<Cookie> CookiesOf(this HttpClient browser) =>
        Jars.TryGetValue(browser, out var jar) ? [.. jar.GetCookies(browser.BaseAddress!).Cast<Cookie>()] : throw new InvalidOperationException("Not a browser from NewBrowser.");

    /// <summary>A browser signed in as the person through the /login form.</summary>
    public static async Task<HttpClient> SignedInBrowserAsync(this PlatformFactory platform, TestUser user)
    {
        var browser = platform.NewBrowser();
        var response = await browser.SignInAsync(user.Email, PlatformFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("error", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        return browser;
    }

    /// <summary>Posts the /login form, as the page does.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient browser, string email, string password, string? returnUrl = null)
    {
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await browser.AntiforgeryTokenAsync(),
            ["userName"] = email,
            ["password"] = password,
            ["remember"] = "true",
        };
        if (returnUrl is not null)
        {
            form["returnUrl"] = returnUrl;
        }

        return await browser.PostAsync("/account/login", new FormUrlEncodedContent(form), Cancel);
    }

    /// <summary>Posts a form of the page with its antiforgery token (the page's own token, as a browser would send it).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string page, string action, IDictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = await browser.AntiforgeryTokenAsync(page) };
        return await browser.PostAsync(action, new FormUrlEncodedContent(form), Cancel);
    }

    /// <summary>The token a page renders in its forms (its cookie half lands in the client's cookie jar).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient browser, string page = "/login")
    {
        var html = await browser.GetStringAsync(page, Cancel);
        var match = AntiforgeryInput().Match(html);
        Assert.True(match.Success, $"The {page} page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("""<input[^>]*name="__RequestVerificationToken"[^>]*value="(?<value>[^"]+)"|<input[^>]*value="(?<value>[^"]+)"[^>]*name="__RequestVerificationToken""")]
    private static partial Regex AntiforgeryInput();
}
