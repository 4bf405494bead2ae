using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DigitalWorkplace.EndToEnd.Tests;

/// <summary>The host on Kestrel, ending expired accounts every quarter of a second (a season's end within the test's patience).</summary>
public sealed class FastExpiryKestrelPlatform : KestrelPlatform
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Identity:AccountExpiry:CheckInterval"] = "00:00:00.250" };
}

/// <summary>An HR administrator importing a season's hires with a dry run first (desktop), and ending a season (phone, in French).</summary>
public sealed class AdministrationBrowserTests(FastExpiryKestrelPlatform platform, BrowserFixture browser) : IClassFixture<FastExpiryKestrelPlatform>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAdministrator_RegistersATileForAnAudience_ItsMembersFindItUnderItsCategory_AndDisablingTakesItAway()
    {
        var (locationId, location) = await LocationAsync("Nice station");
        var audienceId = await platform.CreateAudienceOverAsync(locationId);
        var audience = (await platform.AsAsync(null, sp => sp.GetRequiredService<IAudiences>().NamesAsync(Ct))).Single(a => a.Id == audienceId).Name;
        var member = await platform.CreateUserAsync("Inès Tuile", location: location);
        var outsider = await platform.CreateUserAsync("Olivier Ailleurs");
        var name = $"Rota {Guid.NewGuid():N}"[..11];

        await using var desktop = await browser.NewDesktopAsync(platform.Address);
        var admin = await desktop.SignInAsync(await platform.CreateUserAsync("Apps admin", administrator: true));
        await admin.GotoAsync("/admin/apps");
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await admin.GetByLabel("Category", new() { Exact = true }).FillAsync("Shifts and pay");
        await admin.GetByLabel("Address the tile opens").FillAsync("https://rota.example/week");
        await admin.GetByLabel(audience, new() { Exact = true }).CheckAsync();
        await admin.GetByLabel("How people sign in").SelectOptionAsync(new SelectOptionValue { Label = "Bookmark" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Register the app" }).ClickAsync();
        await Expect(admin.Locator("#app-done")).ToHaveTextAsync("App registered.");
        await admin.ScreenshotAsync("admin-app");

        await using var phone = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await phone.SignInAsync(member);
        await page.GotoAsync("/apps");
        var section = page.GetByRole(AriaRole.Region, new() { Name = "Shifts and pay" });
        await Expect(section.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        // Pinned, it comes first, in a section of its own.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Épingler {name}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Épinglées" }).GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync();
        await page.ScreenshotAsync("apps-by-category-fr");
        await using var elsewhere = await browser.NewPhoneAsync(platform.Address);
        var outsiderPage = await elsewhere.SignInAsync(outsider);
        await outsiderPage.GotoAsync("/apps");
        await Expect(outsiderPage.GetByRole(AriaRole.Link, new() { Name = name })).ToHaveCountAsync(0);

        // Opened once from Inès's location: the app's page charts it.
        var launch = (await page.GetByRole(AriaRole.Link, new() { Name = name }).First.GetAttributeAsync("href"))!;
        // Followed with the phone's cookies but not on to the app (it is not on this closed network).
        var launched = await phone.APIRequest.GetAsync(launch, new() { MaxRedirects = 0 });
        Assert.Equal(302, launched.Status);
        await admin.ReloadAsync();
        var chart = admin.GetByRole(AriaRole.Figure, new() { Name = "Launches by location, last 30 days" });
        await Expect(chart.GetByRole(AriaRole.Row, new() { Name = location })).ToContainTextAsync("1");
        await admin.ScreenshotAsync("admin-app-launches");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Disable the app" }).ClickAsync();
        await Expect(admin.Locator("#app-done")).ToHaveTextAsync("Disabled: nobody can open it now.");
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = name })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Import_DryRunReportsEveryRow_ThenTheRealRunShowsProgressAndItsReport()
    {
        var (locationId, location) = await LocationAsync("Marseille airport");
        var admin = await platform.CreateUserAsync("HR admin", administrator: true);
        // At head office, on a desktop: the file comes from the HR system's export.
        await using var context = await browser.NewDesktopAsync(platform.Address);
        var page = await context.SignInAsync(admin);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var withError = $"name;employee id;location\nAnaïs Roux;E{suffix}1;{location}\nBruno Lopez;E{suffix}2;Nowhere café\n";
        var fixedFile = $"name;employee id;location\nAnaïs Roux;E{suffix}1;{location}\nBruno Lopez;E{suffix}2;{location}\n";

        await page.GotoAsync("/admin/import");
        await page.Locator("#import-file").SetInputFilesAsync(Csv(withError));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check or import" }).ClickAsync();

        await Expect(page.GetByText("Fix the rows in error and check again")).ToBeVisibleAsync();
        var errorRow = page.Locator("table.import-report tr.row-error");
        await Expect(errorRow).ToHaveCountAsync(1);
        await Expect(errorRow).ToContainTextAsync("Nowhere café");
        await page.ScreenshotAsync("admin-import-dry-run");
        Assert.Empty((await Administration(admin).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/people/managed?search=E{suffix}", Ct)).GetProperty("items").EnumerateArray());

        await page.Locator("#import-file").SetInputFilesAsync(Csv(fixedFile));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check or import" }).ClickAsync();
        await Expect(page.GetByText("Every row is valid")).ToBeVisibleAsync();
        await page.Locator("#import-file").SetInputFilesAsync(Csv(fixedFile));
        await page.GetByLabel("Dry run: check every row, write nothing").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check or import" }).ClickAsync();

        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/admin/import/", StringComparison.Ordinal));
        // The page refreshes itself every two seconds until the import is done.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download the report (CSV)" })).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(page.GetByText("Completed")).ToBeVisibleAsync();
        await page.ScreenshotAsync("admin-import-completed");
        var report = await page.APIRequest.GetAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Download the report (CSV)" }).GetAttributeAsync("href") ?? "/missing");
        Assert.Equal(200, report.Status);
        Assert.Contains("Bruno Lopez", await report.TextAsync(), StringComparison.Ordinal);

        // The new hires wait with their QR codes, ready to print for their first day.
        await page.GotoAsync($"/admin/invitations/print?location={locationId}");
        await Expect(page.Locator(".qr-card")).ToHaveCountAsync(2);
        await Expect(page.Locator(".qr-card svg").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("admin-invitations-qr-sheet");
    }

    [Fact]
    public async Task SeasonEnd_SetOnTheSeasonPage_SignsItsPeopleOutWithinAMinute_Timed()
    {
        var (locationId, _) = await LocationAsync("Nice station");
        var admin = await platform.CreateUserAsync("Responsable RH", administrator: true);
        var barista = await platform.CreateUserAsync("Seasonal barista", EmploymentType.Seasonal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var seasonName = "Hiver " + Guid.NewGuid().ToString("N")[..6];
        var season = await platform.AsAsync(null, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            var created = (await organization.CreateSeasonAsync(seasonName, today.AddDays(-30), today.AddDays(60), [locationId], CancellationToken.None)).Value;
            Assert.True((await organization.AddToSeasonAsync(created, [barista.Id], CancellationToken.None)).IsSuccess);
            return created;
        });
        var moved = await Administration(admin).PatchAsJsonAsync($"/api/v1/people/{barista.Id}", new { orgUnitId = locationId }, Ct);
        Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync(Ct));
        await using var baristaPhone = await browser.NewPhoneAsync(platform.Address);
        var baristaPage = await baristaPhone.SignInAsync(barista);
        await using var hrPhone = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await hrPhone.SignInAsync(admin);

        await page.GotoAsync($"/admin/seasons/{season}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = seasonName })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Où en sont les équipes de la saison, par point de vente" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("admin-season-dashboard");
        await page.GetByLabel("Dernier jour").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var clock = Stopwatch.StartNew();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les dates" }).ClickAsync();
        await Expect(page.GetByText("Les dates sont enregistrées.")).ToBeVisibleAsync();

        // The barista's next page, on their own phone, is the sign-in page: the session is gone, not just hidden.
        await Eventually.HoldsAsync(async () =>
        {
            await baristaPage.ReloadAsync();
            return new Uri(baristaPage.Url).AbsolutePath == "/login";
        }, "the season's barista is signed out", TimeSpan.FromSeconds(60));
        var signedOut = clock.Elapsed;
        // Then the account itself ends (tokens, OIDC tokens and live connections revoked with it) at the next expiry check.
        await Eventually.HoldsAsync(async () =>
            (await Administration(admin).GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/people/{barista.Id}/account", Ct)).GetProperty("status").GetString() == "Ended",
            "the barista's account is ended", TimeSpan.FromSeconds(60));
        clock.Stop();
        await page.ReloadAsync();
        await page.ScreenshotAsync("admin-season-ended");

        var timing = string.Create(CultureInfo.InvariantCulture,
            $"season end saved → the season's browser session refused: {signedOut.TotalSeconds:0.0} s; account ended and every token revoked: {clock.Elapsed.TotalSeconds:0.0} s (expiry checked every 0.25 s here, 30 s by default)");
        TestContext.Current.TestOutputHelper?.WriteLine(timing);
        await File.WriteAllTextAsync(Path.Combine(Pages.ScreenshotDirectory, "season-end-to-signed-out.txt"), timing, Ct);
    }

    [Fact]
    public async Task AuditLog_OnAPhoneInFrench_FindsAnActionAndShowsWhatChanged_ThenExportsIt()
    {
        var admin = await platform.CreateUserAsync("Audit admin", administrator: true);
        var api = Administration(admin);
        var name = "Noémie " + Guid.NewGuid().ToString("N")[..6];
        var created = await api.PostAsJsonAsync("/api/v1/people", new { userName = "n" + Guid.NewGuid().ToString("N")[..10], displayName = name, employmentType = "Seasonal", position = "Barista" }, Ct);
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(Ct)).GetProperty("id").GetGuid();
        Assert.True((await api.PatchAsJsonAsync($"/api/v1/people/{id}", new { position = "Chef d'équipe" }, Ct)).IsSuccessStatusCode);
        await using var context = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await context.SignInAsync(admin);

        await page.GotoAsync("/admin/audit");
        await page.GetByLabel("Nom, action ou adresse").FillAsync(name);
        await page.GetByLabel("Type").SelectOptionAsync(new SelectOptionValue { Label = "Personnes" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();

        var entry = page.Locator(".audit-entry").Filter(new() { HasText = "a modifié le compte de" });
        await Expect(entry).ToContainTextAsync(name);
        await Expect(entry).ToContainTextAsync("Audit admin");
        // On real Kestrel the address is the client's: loopback here.
        await Expect(entry).ToContainTextAsync("depuis 127.0.0.1");
        await entry.GetByText("Ce qui a changé").ClickAsync();
        var position = entry.Locator("tr").Filter(new() { HasText = "position" });
        await Expect(position).ToContainTextAsync("Barista");
        await Expect(position).ToContainTextAsync("Chef d'équipe");
        await Expect(page.Locator(".audit-entry").Filter(new() { HasText = "a créé le compte de" })).ToContainTextAsync(name);
        await page.ScreenshotAsync("admin-audit-fr");

        var export = await page.APIRequest.GetAsync(await page.GetByRole(AriaRole.Link, new() { Name = "Télécharger en CSV" }).GetAttributeAsync("href") ?? "/missing");
        Assert.Equal(200, export.Status);
        var csv = await export.TextAsync();
        Assert.Contains("person.updated", csv, StringComparison.Ordinal);
        Assert.Contains(name, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Provisioning_ConnectsADirectory_WhoseTokenProvisionsUntilRevoked()
    {
        var admin = await platform.CreateUserAsync("IT admin", administrator: true);
        await using var context = await browser.NewDesktopAsync(platform.Address);
        var page = await context.SignInAsync(admin);
        var name = "Entra ID " + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/admin/provisioning");
        await page.GetByLabel("Directory name").FillAsync(name);
        await page.GetByLabel("Entra tenant id (optional)").FillAsync("72f988bf-86f1-41af-91ab-2d7cd011db47");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the token" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{name} is connected");
        var token = await page.GetByLabel("Secret token").InputValueAsync();
        var url = await page.GetByLabel("Tenant URL (SCIM endpoint)").InputValueAsync();
        Assert.StartsWith("dws_", token, StringComparison.Ordinal);
        Assert.Equal($"{platform.Address.ToString().TrimEnd('/')}/scim/v2", url);
        await page.ScreenshotAsync("admin-provisioning");

        using var directory = new HttpClient();
        directory.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var user = new StringContent($$"""{ "userName": "it.{{Guid.NewGuid():N}}@contoso.example", "displayName": "Provisioned from Entra", "active": true }""", Encoding.UTF8, "application/scim+json");
        Assert.Equal(System.Net.HttpStatusCode.Created, (await directory.PostAsync($"{url}/Users", user, Ct)).StatusCode);

        await page.ReloadAsync();
        var row = page.Locator(".directory-list li").Filter(new() { HasText = name });
        await Expect(row).ToContainTextAsync("last used");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Revoke the token of {name}" }).ClickAsync();
        await Expect(page.Locator(".directory-list li").Filter(new() { HasText = name })).ToContainTextAsync("Revoked");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await directory.GetAsync($"{url}/Users", Ct)).StatusCode);
    }

    [Fact]
    public async Task AdminPages_OnAPhone_InBothLanguages_AnswerEveryForm()
    {
        var (locationId, location) = await LocationAsync("Lille station");
        var admin = await platform.CreateUserAsync("Network admin", administrator: true);
        await using var context = await browser.NewPhoneAsync(platform.Address, locale: "fr-FR");
        var page = await context.SignInAsync(admin);

        await page.GotoAsync("/admin");
        await page.ScreenshotAsync("admin-home-fr");
        await page.GotoAsync("/admin/org");
        await Expect(page.Locator(".org-tree").GetByText(location)).ToBeVisibleAsync();
        var units = await Administration(admin).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/org-units", Ct);
        var franchisee = units.EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == locationId).GetProperty("parentId").GetGuid();
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Lille Flandres " + Guid.NewGuid().ToString("N")[..4]);
        await page.Locator("#unit-parent").SelectOptionAsync(franchisee.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l’unité" }).ClickAsync();
        await Expect(page.GetByText("L’unité est créée.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("admin-org-fr");

        await page.GotoAsync($"/admin/invitations?location={locationId}");
        await page.Locator("#invite-name").FillAsync("Zoé Marchand");
        await page.Locator("#invite-location").SelectOptionAsync(locationId.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer l’invitation" }).ClickAsync();
        await Expect(page.GetByText("L’invitation est prête")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code du lien d’invitation" })).ToBeVisibleAsync();
        await page.ScreenshotAsync("admin-invitations-fr");

        // A guest without a community: the missing term is named, nobody is invited.
        await page.Locator("#guest-name").FillAsync("Agence sans terme");
        await page.Locator("#guest-until").FillAsync(DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inviter la personne" }).ClickAsync();
        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Communautés");
        Assert.Empty((await Administration(admin).GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/people/managed?search=Agence%20sans", Ct)).GetProperty("items").EnumerateArray());

        await page.GotoAsync("/admin/people?search=Zo%C3%A9");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zoé Marchand" }).ClickAsync();
        await Expect(page.GetByText("Invité·e").First).ToBeVisibleAsync();
        await page.Locator("#edit-position").FillAsync("Barista");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer" }).ClickAsync();
        await Expect(page.GetByText("Enregistré.")).ToBeVisibleAsync();
        await Expect(page.Locator("#edit-position")).ToHaveValueAsync("Barista");
        await page.GetByRole(AriaRole.Button, new() { Name = "Clôturer l’accès" }).ClickAsync();
        await Expect(page.GetByText("L’accès est clôturé")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Réactiver" }).ClickAsync();
        await Expect(page.GetByText("Le compte est rétabli")).ToBeVisibleAsync();
        // Never signed up: back to invited, their link usable again, nobody active without a password.
        await Expect(page.Locator(".profile-facts .status")).ToHaveTextAsync("Invité·e");
        await page.ScreenshotAsync("admin-account-fr");

        // Their own photo, from the phone's pictures: shown on their profile at once.
        await page.GotoAsync($"/people/{admin.Id}");
        await page.Locator("#photo-file").SetInputFilesAsync(new FilePayload { Name = "me.png", MimeType = "image/png", Buffer = Portrait() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Utiliser cette photo" }).ClickAsync();
        await Expect(page.Locator(".profile .avatar img")).ToBeVisibleAsync();
        await page.ScreenshotAsync("profile-photo-fr");

        // The admin pages are not a colleague's: the account stays out of their reach.
        var member = await platform.CreateUserAsync("Member");
        await using var memberPhone = await browser.NewPhoneAsync(platform.Address);
        var memberPage = await memberPhone.SignInAsync(member);
        await memberPage.GotoAsync($"/admin/people/{admin.Id}");
        await Expect(memberPage.GetByRole(AriaRole.Button, new() { Name = "End access" })).ToHaveCountAsync(0);
        await Expect(memberPage.GetByRole(AriaRole.Heading, new() { Name = "Network admin" })).ToHaveCountAsync(0);
    }

    private static byte[] Portrait()
    {
        using var bitmap = new SkiaSharp.SKBitmap(600, 900);
        using (var canvas = new SkiaSharp.SKCanvas(bitmap))
        {
            canvas.Clear(SkiaSharp.SKColors.Teal);
            using var paint = new SkiaSharp.SKPaint { Color = SkiaSharp.SKColors.Wheat };
            canvas.DrawCircle(300, 380, 180, paint);
        }

        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        return image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 90).ToArray();
    }

    private static FilePayload Csv(string text) => new() { Name = "hires.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    private HttpClient Administration(TestUser admin) => platform.CreateSocketClient(admin);

    private async Task<(Guid Id, string Name)> LocationAsync(string name)
    {
        var unique = $"{name} {Guid.NewGuid():N}"[..(name.Length + 7)];
        var id = await platform.AsAsync(null, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            var franchisee = "Franchisee " + Guid.NewGuid().ToString("N")[..6];
            await organization.EnsureOrgUnitAsync(franchisee, OrgUnitKind.Franchisee, "Network", CancellationToken.None);
            return await organization.EnsureOrgUnitAsync(unique, OrgUnitKind.Location, franchisee, CancellationToken.None);
        });
        return (id, unique);
    }
}
