using System.Text.RegularExpressions;
using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.RegisterApp;

/// <summary>What an app needs before the platform links to it or signs people into it.</summary>
internal static partial class NewAppRules
{
    private static readonly FieldError RedirectAddress = FieldError.Rule("redirect_address", "must be absolute http or https addresses without a fragment.");

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
            return;
        }

        validator
            .That(ClientIdPattern().IsMatch(app.ClientId!.Trim()), "clientId", FieldError.Rule("client_id_format", "must be 3 to 100 letters, digits, dots, dashes or underscores."))
            .That(app.RedirectUris is { Count: > 0 }, "redirectUris", FieldError.Required())
            .That(app.RedirectUris is null || app.RedirectUris.All(IsRedirectAddress), "redirectUris", RedirectAddress)
            .That(app.PostLogoutRedirectUris is null || app.PostLogoutRedirectUris.All(IsRedirectAddress), "postLogoutRedirectUris", RedirectAddress);
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

    private static bool IsRedirectAddress(Uri? uri) => IsWebAddress(uri) && string.IsNullOrEmpty(uri!.Fragment);

    [GeneratedRegex("^[A-Za-z0-9._-]{3,100}$")]
    private static partial Regex ClientIdPattern();
}
