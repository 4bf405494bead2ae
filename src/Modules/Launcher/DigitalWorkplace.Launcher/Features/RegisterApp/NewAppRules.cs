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

        validator
            .Required("name", app.Name, 100)
            .MaxLength("description", app.Description, 1000)
            .That(IsWebAddress(app.HomeUrl), "homeUrl", FieldError.InvalidAddress())
            .That(app.IconUrl is null || IsWebAddress(app.IconUrl), "iconUrl", FieldError.InvalidAddress());
        if (string.IsNullOrWhiteSpace(app.ClientId))
        {
            return;
        }

        validator
            .That(ClientIdPattern().IsMatch(app.ClientId.Trim()), "clientId", FieldError.Rule("client_id_format", "must be 3 to 100 letters, digits, dots, dashes or underscores."))
            .That(app.RedirectUris is { Count: > 0 }, "redirectUris", FieldError.Required())
            .That(app.RedirectUris is null || app.RedirectUris.All(IsRedirectAddress), "redirectUris", RedirectAddress)
            .That(app.PostLogoutRedirectUris is null || app.PostLogoutRedirectUris.All(IsRedirectAddress), "postLogoutRedirectUris", RedirectAddress);
    }

    private static bool IsWebAddress(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsRedirectAddress(Uri? uri) => IsWebAddress(uri) && string.IsNullOrEmpty(uri!.Fragment);

    [GeneratedRegex("^[A-Za-z0-9._-]{3,100}$")]
    private static partial Regex ClientIdPattern();
}
