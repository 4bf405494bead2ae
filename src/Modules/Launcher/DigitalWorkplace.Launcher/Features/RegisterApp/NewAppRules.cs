using System.Text.RegularExpressions;
using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.Launcher.Contracts;

namespace DigitalWorkplace.Launcher.Features.RegisterApp;

/// <summary>What an app needs before the platform links to it or signs people into it.</summary>
internal static partial class NewAppRules
{
    public static void Validate(NewApp? app, Validator validator)
    {
        if (app is null)
        {
            validator.Add("body", "is required.");
            return;
        }

        validator
            .Required("name", app.Name, 100)
            .MaxLength("description", app.Description, 1000)
            .That(IsWebAddress(app.HomeUrl), "homeUrl", "must be an absolute http or https address.")
            .That(app.IconUrl is null || IsWebAddress(app.IconUrl), "iconUrl", "must be an absolute http or https address.");
        if (string.IsNullOrWhiteSpace(app.ClientId))
        {
            return;
        }

        validator
            .That(ClientIdPattern().IsMatch(app.ClientId.Trim()), "clientId", "must be 3 to 100 letters, digits, dots, dashes or underscores.")
            .That(app.RedirectUris is { Count: > 0 }, "redirectUris", "a single sign-on app needs at least one redirect address.")
            .That(app.RedirectUris is null || app.RedirectUris.All(IsRedirectAddress), "redirectUris", "must be absolute http or https addresses without a fragment.")
            .That(app.PostLogoutRedirectUris is null || app.PostLogoutRedirectUris.All(IsRedirectAddress), "postLogoutRedirectUris", "must be absolute http or https addresses without a fragment.");
    }

    private static bool IsWebAddress(Uri? uri) =>
        uri is { IsAbsoluteUri: true } && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private static bool IsRedirectAddress(Uri? uri) => IsWebAddress(uri) && string.IsNullOrEmpty(uri!.Fragment);

    [GeneratedRegex("^[A-Za-z0-9._-]{3,100}$")]
    private static partial Regex ClientIdPattern();
}
