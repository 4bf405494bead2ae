using DigitalWorkplace.Testing;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace DigitalWorkplace.EndToEnd.Tests;

/// <summary>A manager turns on two-step sign-in from their phone, then signs in with the authenticator app's code.</summary>
public sealed class TwoFactorBrowserTests(KestrelPlatform platform, BrowserFixture browser) : IClassFixture<KestrelPlatform>
{
    [Fact]
    public async Task Enrolment_OnAPhone_ThenSignInAsksForTheAppsCode()
    {
        var manager = await platform.CreateUserAsync("Store manager");
        await using var phone = await browser.NewPhoneAsync(platform.Address);
        var page = await phone.SignInAsync(manager);

        await page.GotoAsync("/account/security");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code to add Digital Workplace to an authenticator app" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("security-two-factor-scan");
        var key = await page.Locator("#two-factor-key").InnerTextAsync();
        await page.GetByLabel("The code the app shows").FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        await Expect(page.GetByText("Two-step sign-in is on.")).ToBeVisibleAsync();
        await Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        await page.ScreenshotAsync("security-two-factor-recovery-codes");

        await using var laptop = await browser.NewDesktopAsync(platform.Address);
        var second = await laptop.NewPageAsync();
        await second.GotoAsync("/login");
        await second.Locator("#login-user").FillAsync(manager.Email);
        await second.Locator("#login-password").FillAsync(PlatformFactory.Password);
        await second.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
        // Retried until it holds (a loaded machine hashes passwords slowly); on failure it names the page it is on.
        await Expect(second).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/login/code"), new() { Timeout = 60_000 });
        await second.ScreenshotAsync("login-code");
        // The set-up used this step's code: the app's next one (accepted within a step of drift) completes the sign-in.
        await second.GetByLabel("Code", new() { Exact = true }).FillAsync(new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
        await second.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(second).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^[^?]*/$"), new() { Timeout = 60_000 });
    }

    [Fact]
    public async Task ChangingThePassword_OnThePage_SignsEverySessionOut_ThenTheNewOneWorks()
    {
        var barista = await platform.CreateUserAsync("Barista with a new password");
        await using var phone = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await phone.SignInAsync(barista);
        await using var tablet = await browser.NewDesktopAsync(platform.Address);
        var other = await tablet.SignInAsync(barista);

        await page.GotoAsync("/account/security");
        var password = page.GetByRole(AriaRole.Region, new() { Name = "Mot de passe", Exact = true });
        await password.GetByLabel("Mot de passe actuel").FillAsync(PlatformFactory.Password);
        await password.GetByLabel("Nouveau mot de passe").FillAsync("un tout nouveau mot de passe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Changer le mot de passe" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/login");
        await Expect(page.GetByText("Votre mot de passe est changé")).ToBeVisibleAsync();
        await page.ScreenshotAsync("security-password-changed-fr");

        await other.GotoAsync("/");
        Assert.Equal("/login", new Uri(other.Url).AbsolutePath);
        await page.Locator("#login-user").FillAsync(barista.Email);
        await page.Locator("#login-password").FillAsync("un tout nouveau mot de passe");
        await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }
}
