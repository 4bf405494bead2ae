using System.Text.RegularExpressions;
using DigitalWorkplace.Launcher.Contracts;
using DigitalWorkplace.Launcher.OpenIdConnect;

namespace DigitalWorkplace.Launcher.Features.RegisterApp;

/// <summary>What an app needs before the platform links to it or signs people into it.</summary>
internal static partial class NewAppRules
{
    public static void Validate(NewApp? app, Validator validator)
    {
        if (app is null)
        {
            validator.Add("body", FieldError.Required());
            return;
        }

        ValidateTile(app.Name, app.Description, app.Category, app.HomeUrl, app.IconUrl, validator);
        var hasClient = !string.IsNullOrWhiteSpace(app.ClientId);
        validator
            .That(app.Kind is null || Enum.IsDefined(app.Kind.Value), "kind", FieldError.OneOf(Enum.GetNames<AppKind>()))
            .That(app.Kind is null || (app.Kind == AppKind.SingleSignOn) == hasClient, "clientId",
                FieldError.Rule("client_id_for_single_sign_on", "a single sign-on app has a client id; a federated app or a bookmark has none."));
        if (!hasClient)
        {
            var noClient = FieldError.Rule("client_settings_without_client", "is only for a single sign-on app (with a client id).");
            validator.That(app.ClientType is null, "clientType", noClient).That(app.Scopes is null, "scopes", noClient);
            return;
        }

        validator.That(ClientIdPattern().IsMatch(app.ClientId!.Trim()), "clientId", FieldError.Rule("client_id_format", "must be 3 to 100 letters, digits, dots, dashes or underscores."));
        AppClients.Validate(app.ClientType, app.RedirectUris, app.PostLogoutRedirectUris, app.Scopes, validator);
    }

    /// <summary>What every tile needs, when registered and when changed.</summary>
    public static void ValidateTile(string? name, string? description, string? category, Uri? homeUrl, Uri? iconUrl, Validator validator) =>
        validator
            .Required("name", name, 100)
            .MaxLength("description", description, 1000)
            .MaxLength("category", category, 50)
            .That(IsWebAddress(homeUrl), "homeUrl", FieldError.InvalidAddress())
            .That(iconUrl is null || IsWebAddress(iconUrl), "iconUrl", FieldError.InvalidAddress())
            // Measured as stored: an address's absolute form escapes what it must, and can grow past the column.
            .That(homeUrl is not { IsAbsoluteUri: true } || homeUrl.AbsoluteUri.Length <= MaxAddressLength, "homeUrl", FieldError.TooLong(MaxAddressLength))
            .That(iconUrl is not { IsAbsoluteUri: true } || iconUrl.AbsoluteUri.Length <= MaxAddressLength, "iconUrl", FieldError.TooLong(MaxAddressLength));

    public const int MaxAddressLength = 2000;

    /// <summary>The kind asked for, or the one its client id implies.</summary>
    public static AppKind KindOf(NewApp app) => app.Kind ?? (string.IsNullOrWhiteSpace(app.ClientId) ? AppKind.Bookmark : AppKind.SingleSignOn);

    private static bool IsWebAddress(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    [GeneratedRegex("^[A-Za-z0-9._-]{3,100}$")]
    private static partial Regex ClientIdPattern();
}
