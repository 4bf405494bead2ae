using DigitalWorkplace.Testing;
using Microsoft.Playwright;

namespace DigitalWorkplace.EndToEnd.Tests;

/// <summary>What a person does with the UI, in the words of the UI (labels, landmarks, visible text).</summary>
internal static class Pages
{
    public static readonly TimeSpan LiveDeadline = TimeSpan.FromSeconds(10);

    public static async Task<IPage> SignInAsync(this IBrowserContext context, TestUser user)
    {
        var page = await context.NewPageAsync();
        // The browser's console and failed requests go to the test output: the first place to look when a live update is missing.
        page.Console += (_, message) => TestContext.Current.TestOutputHelper?.WriteLine($"[{user.Name} console {message.Type}] {message.Text}");
        page.RequestFailed += (_, request) => TestContext.Current.TestOutputHelper?.WriteLine($"[{user.Name} request failed] {request.Url} {request.Failure}");
        await page.GotoAsync("/login");
        await page.Locator("#login-user").FillAsync(user.Email);
        await page.Locator("#login-password").FillAsync(PlatformFactory.Password);
        await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
        // Arrived once the home page's document is in: its pictures and live connection may still be loading, and on a
        // loaded 2-core machine running the whole suite the full "load" event can take longer than a person waits to act.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/", new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        return page;
    }

    /// <summary>The notification centre, reloaded until a notification with that text is there (15 s at most).</summary>
    public static Task<int> NotifiedAsync(IPage page, string text) =>
        Eventually.GetAsync(async () =>
        {
            await page.GotoAsync("/notifications");
            return await page.GetByText(text).CountAsync();
        }, count => count > 0, TimeSpan.FromSeconds(15));

    public static ILocator Post(this IPage page, string text) => page.Locator("#feed article.post", new() { HasText = text });

    /// <summary>Marks the document so a test can prove that something appeared without a reload.</summary>
    public static Task MarkDocumentAsync(this IPage page) => page.EvaluateAsync("() => { window.__notReloaded = true; }");

    public static Task<bool> WasNotReloadedAsync(this IPage page) => page.EvaluateAsync<bool>("() => window.__notReloaded === true");

    public static Task ScreenshotAsync(this IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotDirectory, $"{name}.png"), FullPage = true });

    /// <summary>Screenshots of every step, kept with the test results for a person to look at.</summary>
    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(
        Path.Combine(Environment.GetEnvironmentVariable("DW_SCREENSHOTS") ?? Path.Combine(Path.GetTempPath(), "dw-screenshots"))).FullName;
}
