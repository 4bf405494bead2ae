using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalWorkplace.Testing;
using OtpNet;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>A second factor for local accounts: an authenticator app's codes (each accepted once) and recovery codes (each spent once).</summary>
public abstract class TwoFactorTests(PlatformFactory platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AfterSetUp_SignInAsksForTheCode_AndEachCodeWorksOnce()
    {
        var (person, key, recovery) = await EnrolAsync();

        var browser = platform.NewBrowser();
        var password = await SignInAsync(browser, person);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/login/code", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);

        // The set-up spent the current step's code: the next one (accepted within a step of drift) signs in.
        var code = Code(key, TimeSpan.FromSeconds(30));
        var signedIn = await SendCodeAsync(browser, password, code);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);

        // The same code again, from another browser (a phished code replayed): refused.
        var attacker = platform.NewBrowser();
        var replayed = await SendCodeAsync(attacker, await SignInAsync(attacker, person), code);
        Assert.Contains("error=invalid", replayed.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.GetAsync("/api/v1/people/me", Ct)).StatusCode);

        // A recovery code signs in once; spent, it is refused.
        var phoneLost = platform.NewBrowser();
        Assert.Equal("/", (await SendCodeAsync(phoneLost, await SignInAsync(phoneLost, person), recovery[0])).Headers.Location?.OriginalString);
        var again = platform.NewBrowser();
        Assert.Contains("error=invalid", (await SendCodeAsync(again, await SignInAsync(again, person), recovery[0])).Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongCodes_AreThrottled_AndTurningItOffNeedsAValidCode()
    {
        var (person, _, recovery) = await EnrolAsync();
        var browser = platform.NewBrowser();
        var password = await SignInAsync(browser, person);

        string? last = null;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            last = (await SendCodeAsync(browser, password, "000000")).Headers.Location?.OriginalString;
        }

        Assert.Contains("error=throttled", last, StringComparison.Ordinal);
        var api = platform.CreateClientFor(person);
        var refused = await api.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { code = "123456" }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsJsonAsync("/api/v1/me/two-factor/disable", new { code = recovery[1] }, Ct)).StatusCode);
        var plain = platform.NewBrowser();
        Assert.Equal("/", (await SignInAsync(plain, person)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ChangingTheSignInName_AsksForThePassword_SignsOutEverySession_AndTheNewNameSignsIn()
    {
        var person = await platform.CreateUserAsync();
        var laptop = platform.NewBrowser();
        await SignInAsync(laptop, person);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        var api = platform.CreateClientFor(person);
        var handle = "h" + Guid.NewGuid().ToString("N")[..10];
        var taken = await platform.CreateUserAsync();

        var wrong = await api.PostAsJsonAsync("/api/v1/me/sign-in-name", new { currentPassword = "not my password", userName = handle }, Ct);
        var badHandle = await api.PostAsJsonAsync("/api/v1/me/sign-in-name", new { currentPassword = PlatformFactory.Password, userName = "no spaces allowed" }, Ct);
        var takenEmail = await api.PostAsJsonAsync("/api/v1/me/sign-in-name", new { currentPassword = PlatformFactory.Password, email = taken.Email }, Ct);
        var changed = await api.PostAsJsonAsync("/api/v1/me/sign-in-name", new { currentPassword = PlatformFactory.Password, userName = handle }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("currentPassword", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badHandle.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, takenEmail.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        var again = platform.NewBrowser();
        var signedIn = await again.PostFormAsync("/login", "/account/login", new Dictionary<string, string> { ["userName"] = handle, ["password"] = PlatformFactory.Password });
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ChangingThePassword_AsksForTheCurrentOne_AndSignsOutEverySession()
    {
        var person = await platform.CreateUserAsync();
        var phone = platform.NewBrowser();
        var laptop = platform.NewBrowser();
        await SignInAsync(phone, person);
        await SignInAsync(laptop, person);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        var api = platform.CreateClientFor(person);

        var wrong = await api.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = "not my password", newPassword = "a brand new password" }, Ct);
        var tooShort = await api.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = PlatformFactory.Password, newPassword = "short" }, Ct);
        var changed = await api.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = PlatformFactory.Password, newPassword = "a brand new password" }, Ct);

        Assert.Contains("\"currentPassword\"", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("\"newPassword\"", await tooShort.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await laptop.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        Assert.Contains("error=invalid", (await SignInAsync(platform.NewBrowser(), person)).Headers.Location?.OriginalString, StringComparison.Ordinal);
        var withNew = await platform.NewBrowser().PostFormAsync("/login", "/account/login", new Dictionary<string, string> { ["userName"] = person.Email, ["password"] = "a brand new password" });
        Assert.Equal("/", withNew.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LostPhone_AnAdministratorResetsIt_AndSignsThePersonOutEverywhere()
    {
        var (person, _, _) = await EnrolAsync();
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var colleague = platform.CreateClientFor(await platform.CreateUserAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.PostAsync($"/api/v1/people/{person.Id}/two-factor/reset", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/people/{person.Id}/two-factor/reset", null, Ct)).StatusCode);

        Assert.Equal("/", (await SignInAsync(platform.NewBrowser(), person)).Headers.Location?.OriginalString);
        var status = await platform.CreateClientFor(person).GetFromJsonAsync<JsonElement>("/api/v1/me/two-factor", Ct);
        Assert.False(status.GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public async Task SetUp_BadOrMissingCode_IsAFieldError_AndNothingIsInForce()
    {
        var person = await platform.CreateUserAsync();
        var api = platform.CreateClientFor(person);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsJsonAsync("/api/v1/me/two-factor/confirm", new { code = "123456" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync("/api/v1/me/two-factor", null, Ct)).StatusCode);

        var wrong = await api.PostAsJsonAsync("/api/v1/me/two-factor/confirm", new { code = "000000" }, Ct);
        var missing = await api.PostAsJsonAsync("/api/v1/me/two-factor/confirm", new { }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("\"code\"", await wrong.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal("/", (await SignInAsync(platform.NewBrowser(), person)).Headers.Location?.OriginalString);
    }

    private async Task<(TestUser Person, string Key, IReadOnlyList<string> Recovery)> EnrolAsync()
    {
        var person = await platform.CreateUserAsync();
        var api = platform.CreateClientFor(person);
        var setup = await (await api.PostAsync("/api/v1/me/two-factor", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var key = setup.GetProperty("key").GetString()!;
        Assert.StartsWith("otpauth://totp/", setup.GetProperty("uri").GetString(), StringComparison.Ordinal);
        var confirmed = await api.PostAsJsonAsync("/api/v1/me/two-factor/confirm", new { code = Code(key, TimeSpan.Zero) }, Ct);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var codes = (await confirmed.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(10, codes.Count);
        return (person, key, codes);
    }

    private static string Code(string key, TimeSpan ahead) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow + ahead);

    private static Task<HttpResponseMessage> SignInAsync(HttpClient browser, TestUser person) =>
        browser.PostFormAsync("/login", "/account/login", new Dictionary<string, string> { ["userName"] = person.Email, ["password"] = PlatformFactory.Password });

    private static Task<HttpResponseMessage> SendCodeAsync(HttpClient browser, HttpResponseMessage passwordStep, string code)
    {
        var page = passwordStep.Headers.Location!.OriginalString;
        return browser.PostFormAsync(page, "/account/login/code", new Dictionary<string, string> { ["code"] = code, ["returnUrl"] = "/" });
    }
}

/// <summary>A host where administrators must use a second factor.</summary>
public sealed class TwoFactorRequiredPlatform() : PlatformFactory(TestDatabase.Sqlite)
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings =>
        new Dictionary<string, string?> { ["Identity:TwoFactor:RequiredForRoles:0"] = "administrator" };
}

/// <summary>On a host of its own: the requirement applies to every administrator there.</summary>
public sealed class TwoFactorRequiredTests(TwoFactorRequiredPlatform platform) : IClassFixture<TwoFactorRequiredPlatform>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAdministratorWithoutASecondFactor_ReachesOnlyTheSecurityPage_UntilTheyHaveOne()
    {
        var admin = await platform.CreateUserAsync(administrator: true);
        var member = await platform.CreateUserAsync();
        var browser = platform.NewBrowser();
        await browser.PostFormAsync("/login", "/account/login", new Dictionary<string, string> { ["userName"] = admin.Email, ["password"] = PlatformFactory.Password });

        var home = await browser.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/security?required=true", home.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/security?required=true", Ct)).StatusCode);
        var api = await browser.GetAsync("/api/v1/people/me", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains("two_factor.required", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var colleague = platform.NewBrowser();
        await colleague.PostFormAsync("/login", "/account/login", new Dictionary<string, string> { ["userName"] = member.Email, ["password"] = PlatformFactory.Password });
        Assert.Equal(HttpStatusCode.OK, (await colleague.GetAsync("/", Ct)).StatusCode);

        // Set up (here with their token, which the requirement leaves alone): the same browser session then reaches everything.
        var setup = await (await platform.CreateClientFor(admin).PostAsync("/api/v1/me/two-factor", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var code = new Totp(Base32Encoding.ToBytes(setup.GetProperty("key").GetString()!)).ComputeTotp();
        var confirm = new HttpRequestMessage(HttpMethod.Post, "/api/v1/me/two-factor/confirm") { Content = JsonContent.Create(new { code }) };
        Assert.Equal(HttpStatusCode.OK, (await platform.CreateClientFor(admin).SendAsync(confirm, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);
    }
}

public sealed class TwoFactorSqliteTests(SqlitePlatform platform) : TwoFactorTests(platform), IClassFixture<SqlitePlatform>;

public sealed class TwoFactorPostgresTests(PostgresPlatform platform) : TwoFactorTests(platform), IClassFixture<PostgresPlatform>;
