using System.Security.Cryptography;
using DigitalWorkplace.Launcher.Contracts;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace DigitalWorkplace.Launcher.OpenIdConnect;

/// <summary>
/// A single sign-on app's OpenID Connect client, as OpenIddict stores it: one way to describe it from its settings (on
/// registration and on change) and to read its settings back. Every client uses the code flow with PKCE and skips
/// consent (the apps are the network's own); its scopes are permissions, so it cannot ask for more than it was allowed.
/// </summary>
internal static class AppClients
{
    private static readonly FieldError RedirectAddress = FieldError.Rule("redirect_address", "must be absolute http or https addresses without a fragment.");

    /// <summary>The exact redirect and post-logout addresses, and scopes among those offered.</summary>
    public static void Validate(AppClientType? type, IReadOnlyList<Uri>? redirectUris, IReadOnlyList<Uri>? postLogoutRedirectUris, IReadOnlyList<string>? scopes, Validator validator) =>
        validator
            .That(type is null || Enum.IsDefined(type.Value), "clientType", FieldError.OneOf(Enum.GetNames<AppClientType>()))
            .That(redirectUris is { Count: > 0 }, "redirectUris", FieldError.Required())
            .That(redirectUris is null || redirectUris.All(IsRedirectAddress), "redirectUris", RedirectAddress)
            .That(redirectUris is null || redirectUris.Count <= MaxAddresses, "redirectUris", FieldError.Rule("too_many", $"has at most {MaxAddresses} addresses."))
            .That(postLogoutRedirectUris is null || postLogoutRedirectUris.All(IsRedirectAddress), "postLogoutRedirectUris", RedirectAddress)
            .That(postLogoutRedirectUris is null || postLogoutRedirectUris.Count <= MaxAddresses, "postLogoutRedirectUris", FieldError.Rule("too_many", $"has at most {MaxAddresses} addresses."))
            .That(scopes is null || scopes.All(s => AppScopes.All.Contains(s, StringComparer.Ordinal)), "scopes", FieldError.OneOf(AppScopes.All));

    public const int MaxAddresses = 10;

    /// <summary>Fills the descriptor from the settings; a confidential client keeps its secret, or gets an unseen one until one is issued.</summary>
    public static void Describe(
        OpenIddictApplicationDescriptor descriptor, string displayName, AppClientType type, IEnumerable<Uri> redirectUris, IEnumerable<Uri> postLogoutRedirectUris, IEnumerable<string> scopes)
    {
        descriptor.DisplayName = displayName;
        descriptor.ApplicationType = ApplicationTypes.Web;
        descriptor.ConsentType = ConsentTypes.Implicit;
        descriptor.ClientType = type == AppClientType.Confidential ? ClientTypes.Confidential : ClientTypes.Public;
        descriptor.ClientSecret = type == AppClientType.Confidential ? descriptor.ClientSecret ?? NewSecret() : null;
        descriptor.Permissions.Clear();
        descriptor.Permissions.UnionWith(
        [
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code,
        ]);
        var allowed = scopes.Distinct(StringComparer.Ordinal).ToList();
        descriptor.Permissions.UnionWith(allowed.Select(scope => Permissions.Prefixes.Scope + scope));
        if (allowed.Contains(AppScopes.OfflineAccess, StringComparer.Ordinal))
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.RefreshToken);
        }

        descriptor.Requirements.Clear();
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        descriptor.RedirectUris.Clear();
        descriptor.RedirectUris.UnionWith(redirectUris);
        descriptor.PostLogoutRedirectUris.Clear();
        descriptor.PostLogoutRedirectUris.UnionWith(postLogoutRedirectUris);
    }

    /// <summary>The client's settings as stored (null when the client is gone).</summary>
    public static async Task<AppClientDto?> ReadAsync(IOpenIddictApplicationManager applications, string clientId, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } client)
        {
            return null;
        }

        var descriptor = await DescriptorOfAsync(applications, client, cancellationToken);
        var scopes = descriptor.Permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
            .Select(p => p[Permissions.Prefixes.Scope.Length..]).Where(s => AppScopes.All.Contains(s, StringComparer.Ordinal))
            .OrderBy(s => AppScopes.All.ToList().IndexOf(s)).ToList();
        return new AppClientDto(
            clientId, descriptor.ClientType == ClientTypes.Confidential ? AppClientType.Confidential : AppClientType.Public,
            [.. descriptor.RedirectUris.OrderBy(u => u.AbsoluteUri, StringComparer.Ordinal)],
            [.. descriptor.PostLogoutRedirectUris.OrderBy(u => u.AbsoluteUri, StringComparer.Ordinal)], scopes);
    }

    /// <summary>The stored client as a descriptor to change and save back with <c>UpdateAsync</c> (its secret stays the stored hash).</summary>
    public static async Task<OpenIddictApplicationDescriptor> DescriptorOfAsync(IOpenIddictApplicationManager applications, object client, CancellationToken cancellationToken)
    {
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, client, cancellationToken);
        return descriptor;
    }

    /// <summary>256 random bits, base64url: what a confidential client presents; OpenIddict keeps only its hash.</summary>
    public static string NewSecret() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    private static bool IsRedirectAddress(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && string.IsNullOrEmpty(uri.Fragment)
        && uri.AbsoluteUri.Length <= 2000;
}
