using Microsoft.Playwright;
using Xunit;

namespace DigitalWorkplace.Testing;

/// <summary>
/// One headless Debian Chromium for the whole test assembly, driven by Playwright (never a downloaded browser).
/// Each test opens its own contexts: separate cookies, like separate people on separate phones.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("DW_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: run the tests with ./build/test.sh, which installs it (apt-get install chromium).");
        }

        // Playwright's 5 s for an expectation is shorter than a page can take on a 2-core machine running every test assembly
        // at once; an expectation that holds waits only as long as it takes, so a longer deadline slows no passing test.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Root in CI needs --no-sandbox; the network flags stop Chromium calling home on a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A new browser context (own cookies) sized like a phone, in the given language.</summary>
    public Task<IBrowserContext> NewPhoneAsync(Uri baseAddress, string locale = "en-GB") =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = locale,
        });

    /// <summary>A new browser context (own cookies) with a desktop screen, in the given language.</summary>
    public Task<IBrowserContext> NewDesktopAsync(Uri baseAddress, string locale = "en-GB") =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
            Locale = locale,
        });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
