using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalWorkplace.Identity.Tests;

/// <summary>
/// "Sign in with Microsoft" through Microsoft.Identity.Web against a local Entra-shaped authority: people are found by
/// tenant id + object id and never by e-mail (nOAuth), created just in time from their claims, and only the allowed
/// tenants' valid tokens sign anyone in.
/// </summary>
public abstract partial class EntraSignInTests(EntraPlatform platform)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AFirstSignIn_CreatesThePersonFromTheClaims_AndTheNextFindsThemByObjectIdWhateverTheirEmail()
    {
        await EnsureHeadOfficeAsync();
        var objectId = Guid.NewGuid().ToString();
        var email = $"chloe.{Guid.NewGuid():N}@contoso.example";

        var (first, done) = await SignInWithMicrosoftAsync(new EntraIdentity(EntraPlatform.NetworkTenant, objectId, "Chloé Bernard", email, email, [EntraPlatform.HeadOfficeGroup]));

        Assert.Equal("/", done);
        var me = await first.GetFromJsonAsync<JsonElement>("/api/v1/people/me", Ct);
        Assert.Equal("Chloé Bernard", me.GetProperty("displayName").GetString());
        var id = me.GetProperty("id").GetGuid();
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var account = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{id}/account", Ct);
        Assert.Equal(EntraPlatform.HeadOffice, account.GetProperty("orgUnitName").GetString());
        Assert.Equal(email, account.GetProperty("email").GetString());

        // The directory changed their e-mail and name: still the same person, found by tenant and object id.
        var (again, _) = await SignInWithMicrosoftAsync(new EntraIdentity(EntraPlatform.NetworkTenant, objectId, "Chloé Martin", "chloe.martin@contoso.example", "chloe.martin@contoso.example"));
        Assert.Equal(id, (await again.GetFromJsonAsync<JsonElement>("/api/v1/people/me", Ct)).GetProperty("id").GetGuid());

        var audited = await Eventually.GetAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit?subjectId={id}&action=signin.succeeded", Ct)).GetProperty("items").EnumerateArray().ToList(),
            list => list.Count >= 2);
        Assert.Equal("Entra", audited[0].GetProperty("after").GetProperty("method").GetString());
    }

    [Fact]
    public async Task ATokenCarryingALocalPersonsEmail_UnderAnotherObjectIdOrTenant_NeverSignsInAsThem()
    {
        var local = await platform.CreateUserAsync("Local admin", administrator: true);

        // nOAuth: an allowed tenant's administrator sets a user's e-mail (and user name) to the local person's.
        var (sameTenant, refused) = await SignInWithMicrosoftAsync(new EntraIdentity(EntraPlatform.NetworkTenant, Guid.NewGuid().ToString(), "Impostor", local.Email, local.Email));
        Assert.Equal("/login?error=entra_conflict", refused);
        Assert.Equal(HttpStatusCode.Unauthorized, (await sameTenant.GetAsync("/api/v1/people/me", Ct)).StatusCode);

        // A person of one tenant, and someone of another allowed tenant with the same object id: two people.
        var objectId = Guid.NewGuid().ToString();
        var (network, _) = await SignInWithMicrosoftAsync(new EntraIdentity(EntraPlatform.NetworkTenant, objectId, "Network person", $"n.{objectId}@contoso.example"));
        var (franchisee, _) = await SignInWithMicrosoftAsync(new EntraIdentity(EntraPlatform.FranchiseeTenant, objectId, "Franchisee person", $"f.{objectId}@franchisee.example"));
        var networkId = (await network.GetFromJsonAsync<JsonElement>("/api/v1/people/me", Ct)).GetProperty("id").GetGuid();
        var franchiseeId = (await franchisee.GetFromJsonAsync<JsonElement>("/api/v1/people/me", Ct)).GetProperty("id").GetGuid();
        Assert.NotEqual(networkId, franchiseeId);
        Assert.NotEqual(local.Id, networkId);
    }

    [Theory]
    [InlineData("wrong tenant")]
    [InlineData("issuer of another tenant")]
    [InlineData("expired")]
    public async Task RefusedTokens_SignNobodyIn(string why)
    {
        var objectId = Guid.NewGuid().ToString();
        var identity = why switch
        {
            "wrong tenant" => new EntraIdentity(EntraPlatform.OtherTenant, objectId, "Outsider", $"o.{objectId}@other.example"),
            "issuer of another tenant" => new EntraIdentity(EntraPlatform.NetworkTenant, objectId, "Forged", $"x.{objectId}@other.example", IssuerTenantId: EntraPlatform.OtherTenant),
            _ => new EntraIdentity(EntraPlatform.NetworkTenant, objectId, "Late", $"l.{objectId}@contoso.example", Expired: true),
        };

        var (browser, landed) = await SignInWithMicrosoftAsync(identity);

        Assert.Equal("/login?error=entra", landed);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        var login = await browser.GetStringAsync("/login?error=entra", Ct);
        Assert.Contains("Microsoft did not sign you in here", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonProvisionedByTheTenantsDirectory_IsWhoSignsIn_AndASuspendedOneIsRefused()
    {
        var admin = platform.CreateClientFor(await platform.CreateUserAsync(administrator: true));
        var client = await admin.PostAsJsonAsync("/api/v1/scim/clients", new { name = "Entra", tenantId = EntraPlatform.NetworkTenant }, Ct);
        var scim = platform.CreateClient();
        scim.DefaultRequestHeaders.Authorization = new("Bearer", (await client.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("token").GetString());
        var objectId = Guid.NewGuid().ToString();
        var userName = $"provisioned.{Guid.NewGuid():N}@contoso.example";
        var created = await scim.PostAsync("/scim/v2/Users", new StringContent(
            $$"""{ "userName": "{{userName}}", "externalId": "{{objectId}}", "displayName": "Provisioned person", "active": true }""", Encoding.UTF8, "application/scim+json"), Ct);
        var id = Guid.Parse((await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!);

        var (browser, done) = await SignInWithMicrosoftAsync(new EntraIdentity(EntraPlatform.NetworkTenant, objectId, "Provisioned person", userName, userName));
        Assert.Equal("/", done);
        Assert.Equal(id, (await browser.GetFromJsonAsync<JsonElement>("/api/v1/people/me", Ct)).GetProperty("id").GetGuid());

        await scim.PatchAsync($"/scim/v2/Users/{id}", new StringContent(
            """{ "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], "Operations": [{ "op": "Replace", "path": "active", "value": "False" }] }""", Encoding.UTF8, "application/scim+json"), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/people/me", Ct)).StatusCode);
        var (_, refused) = await SignInWithMicrosoftAsync(new EntraIdentity(EntraPlatform.NetworkTenant, objectId, "Provisioned person", userName, userName));
        Assert.Equal("/login?error=entra_no_account", refused);
    }

    [Theory]
    [InlineData("state=garbage&code=garbage")]
    [InlineData("state=&code=")]
    [InlineData("error=access_denied&error_description=The+user+cancelled")]
    [InlineData("code=%00%FF")]
    public async Task AForgedOrCancelledReturn_GoesBackToTheSignInPage(string form)
    {
        var browser = platform.NewBrowser();
        browser.BaseAddress = new Uri("https://localhost");

        var response = await browser.PostAsync("/signin-oidc", new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded"), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login?error=entra", response.Headers.Location?.OriginalString);
        Assert.Equal("/login?error=entra", (await browser.GetAsync("/account/login/entra/done?returnUrl=/", Ct)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task TheReturnAddress_StaysOnTheSite()
    {
        var browser = platform.NewBrowser();

        var challenge = await browser.GetAsync($"/account/login/entra?returnUrl={Uri.EscapeDataString("https://evil.example/")}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.DoesNotContain("evil.example", challenge.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSignInPage_OffersMicrosoft()
    {
        var page = await platform.NewBrowser().GetStringAsync("/login", Ct);

        Assert.Contains("Sign in with Microsoft", page, StringComparison.Ordinal);
        Assert.Contains("/account/login/entra?returnUrl=", page, StringComparison.Ordinal);
    }

    /// <summary>
    /// The whole round trip as a browser makes it: the platform's challenge, the authority's sign-in (its form_post page),
    /// the post back to /signin-oidc, and the platform's completion. Returns the browser and where it finally landed.
    /// </summary>
    private async Task<(HttpClient Browser, string? Landed)> SignInWithMicrosoftAsync(EntraIdentity identity)
    {
        var browser = platform.NewBrowser();
        // The correlation and nonce cookies are Secure, as on a real site.
        browser.BaseAddress = new Uri("https://localhost");
        platform.Authority.SignInNextAs(identity);
        var challenge = await browser.GetAsync("/account/login/entra?returnUrl=/", Ct);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith(platform.Authority.Instance.ToString(), challenge.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var microsoft = new HttpClient();
        var page = await microsoft.GetStringAsync(challenge.Headers.Location, Ct);
        var action = FormAction().Match(page).Groups[1].Value;
        var fields = HiddenField().Matches(page).ToDictionary(m => m.Groups[1].Value, m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));
        var back = await browser.PostAsync(new Uri(System.Net.WebUtility.HtmlDecode(action)).PathAndQuery, new FormUrlEncodedContent(fields), Ct);
        var landed = back.Headers.Location?.OriginalString;
        if (landed is not null && landed.StartsWith("/account/login/entra/done", StringComparison.Ordinal))
        {
            landed = (await browser.GetAsync(landed, Ct)).Headers.Location?.OriginalString;
        }

        return (browser, landed);
    }

    private async Task EnsureHeadOfficeAsync() =>
        await platform.AsAsync(null, async sp =>
        {
            var organization = sp.GetRequiredService<IOrganizationService>();
            await organization.EnsureOrgUnitAsync("Entra network", OrgUnitKind.Organization, null, CancellationToken.None);
            return await organization.EnsureOrgUnitAsync(EntraPlatform.HeadOffice, OrgUnitKind.Region, "Entra network", CancellationToken.None);
        });

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();
}

public sealed class EntraSignInSqliteTests(EntraSqlitePlatform platform) : EntraSignInTests(platform), IClassFixture<EntraSqlitePlatform>;

public sealed class EntraSignInPostgresTests(EntraPostgresPlatform platform) : EntraSignInTests(platform), IClassFixture<EntraPostgresPlatform>;
