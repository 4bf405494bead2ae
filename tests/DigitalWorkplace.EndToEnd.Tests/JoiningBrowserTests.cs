using System.Diagnostics;
using System.Globalization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Onboarding.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DigitalWorkplace.EndToEnd.Tests;

/// <summary>A new hire on a 390 px phone, without a corporate e-mail: from the QR code's link, or a location code, to their first onboarding step.</summary>
public sealed class JoiningBrowserTests(KestrelPlatform platform, BrowserFixture browser) : IClassFixture<KestrelPlatform>
{
    [Fact]
    public async Task QrLink_SignUpOnAPhone_ThenTheFirstOnboardingStep_Timed()
    {
        var location = await LocationAsync("Nice airport");
        var title = $"Crew welcome {Guid.NewGuid():N}"[..20];
        var audience = await platform.CreateAudienceAsync(EmploymentType.Seasonal);
        Assert.True((await platform.AsAsync(null, sp => sp.GetRequiredService<IOnboardingAdministration>().CreateTrackAsync(
            new NewTrack(title, "Your first shift", [audience], 2, [new NewStep(StepKind.Content, "Our story", "We opened in **2009**.", [])]), CancellationToken.None))).IsSuccess);
        var link = (await platform.AsAsync(null, sp => sp.GetRequiredService<IOrganizationService>().InviteAsync("Léa Martin", location, EmploymentType.Seasonal, null, CancellationToken.None))).Value!;
        var handle = "lea." + Guid.NewGuid().ToString("N")[..6];
        await using var context = await browser.NewPhoneAsync(platform.Address);
        var page = await context.NewPageAsync();

        // The moment the phone opens the QR code's link.
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(link);
        await Expect(page.GetByText("Welcome, Léa Martin!")).ToBeVisibleAsync();
        await page.ScreenshotAsync("join-personal-link");
        await page.GetByLabel("Username").FillAsync(handle);
        await page.GetByLabel("Password").FillAsync("a long enough password");
        await page.GetByLabel("I accept the charter").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.Locator("li.step", new() { HasText = "Our story" }).Locator("button[type=submit]").ClickAsync();
        await Expect(page.Locator("li.step", new() { HasText = "Our story" })).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("step-done"));
        clock.Stop();

        var timing = string.Create(CultureInfo.InvariantCulture, $"QR link opened → signed up → first onboarding step completed: {clock.Elapsed.TotalSeconds:0.0} s (Chromium, 390 px)");
        TestContext.Current.TestOutputHelper?.WriteLine(timing);
        await File.WriteAllTextAsync(Path.Combine(Pages.ScreenshotDirectory, "qr-to-first-step.txt"), timing, TestContext.Current.CancellationToken);
        await page.ScreenshotAsync("join-first-step-done");
    }

    [Fact]
    public async Task LocationCode_TypedOnAPhone_WaitsForTheManager_ThenSignsIn()
    {
        var location = await LocationAsync("Lyon station");
        var code = (await platform.AsAsync(null, sp => sp.GetRequiredService<IOrganizationService>().CreateLocationCodeAsync(location, null, requiresApproval: true, 7, CancellationToken.None))).Value!;
        var handle = "tom." + Guid.NewGuid().ToString("N")[..6];
        await using var context = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await context.NewPageAsync();

        await page.GotoAsync("/join");
        await page.GetByLabel("Code du site").FillAsync(code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Continuer" }).ClickAsync();
        await page.GetByLabel("Votre nom, tel que vos collègues le verront").FillAsync("Tom Petit");
        await page.GetByLabel("Identifiant").FillAsync(handle);
        await page.GetByLabel("Mot de passe").FillAsync("un mot de passe assez long");
        await page.GetByLabel("J’accepte la charte").CheckAsync();
        await page.ScreenshotAsync("join-location-code");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer mon compte" }).ClickAsync();
        await Expect(page.GetByText("Presque fini !")).ToBeVisibleAsync();

        var admin = platform.CreateSocketClient(await platform.CreateUserAsync(administrator: true));
        var pending = await admin.GetStringAsync($"/api/v1/people/managed?status=PendingApproval&search={handle}", TestContext.Current.CancellationToken);
        var id = System.Text.Json.JsonDocument.Parse(pending).RootElement.GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/people/{id}/approve", null, TestContext.Current.CancellationToken)).StatusCode);

        await page.GotoAsync("/login");
        await page.Locator("#login-user").FillAsync(handle);
        await page.Locator("#login-password").FillAsync("un mot de passe assez long");
        await page.Locator("form[action='/account/login'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
    }

    private Task<Guid> LocationAsync(string name) =>
        platform.AsAsync(null, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            var franchisee = "Franchisee " + Guid.NewGuid().ToString("N")[..6];
            await organization.EnsureOrgUnitAsync(franchisee, OrgUnitKind.Franchisee, "Network", CancellationToken.None);
            return await organization.EnsureOrgUnitAsync($"{name} {Guid.NewGuid():N}"[..(name.Length + 7)], OrgUnitKind.Location, franchisee, CancellationToken.None);
        });
}
