using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.SampleApp;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DigitalWorkplace.EndToEnd.Tests;

/// <summary>Step 7: a tile of an app that trusts the platform signs the person in without asking for a password again.</summary>
public sealed class SingleSignOnBrowserTests(KestrelPlatform platform, BrowserFixture browser) : IClassFixture<KestrelPlatform>
{
    [Fact]
    public async Task AppTile_OfSampleApp_SignsInWithoutAskingForThePasswordAgain()
    {
        var clientId = $"shift-planner-{Guid.NewGuid():N}"[..30];
        await using var planner = ShiftPlanner.Build(["--urls=http://127.0.0.1:0", $"--Oidc:Authority={platform.Address}", $"--Oidc:ClientId={clientId}"]);
        await planner.StartAsync(TestContext.Current.CancellationToken);
        var plannerUrl = new Uri(planner.Urls.First().TrimEnd('/') + "/");
        var tileName = $"Shift Planner {clientId[^6..]}";
        var registered = await platform.AsAsync(null, sp => sp.GetRequiredService<ILauncherService>().RegisterAppAsync(
            new NewApp(tileName, "Your shifts and swaps", plannerUrl, clientId, [new Uri(plannerUrl, "signin-oidc")], [new Uri(plannerUrl, "signout-callback-oidc")]),
            CancellationToken.None));
        Assert.True(registered.IsSuccess, registered.Error?.Message);
        var person = await platform.CreateUserAsync("Jade Dupont");

        await using var context = await browser.NewPhoneAsync(platform.Address);
        var page = await context.SignInAsync(person);
        await page.GotoAsync("/apps");
        await page.ScreenshotAsync("apps");
        var loginRequests = 0;
        page.Request += (_, request) => loginRequests += new Uri(request.Url).AbsolutePath == "/login" ? 1 : 0;

        await page.GetByRole(AriaRole.Link, new() { Name = tileName }).ClickAsync();

        await Expect(page.GetByText("Shift Planner — signed in as Jade Dupont")).ToBeVisibleAsync();
        Assert.Equal(plannerUrl.Authority, new Uri(page.Url).Authority);
        Assert.Equal(0, loginRequests);
        await page.ScreenshotAsync("sample-app-signed-in");
        await planner.StopAsync(TestContext.Current.CancellationToken);
    }
}
