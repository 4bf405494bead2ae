using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace DigitalWorkplace.BuildingBlocks.Security;

/// <summary>
/// When the person last proved who they are (password, code, Entra ID), kept in the session's properties at sign-in: the
/// cookie's own issue time moves with every sliding renewal, so it cannot answer OpenID Connect's <c>max_age</c>.
/// </summary>
public static class SignInMoment
{
    private const string Item = "dw.auth_time";

    /// <summary>Marks a new sign-in; a session refreshed in place (same properties) keeps its moment.</summary>
    public static void MarkIfNew(AuthenticationProperties properties, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(properties);
        properties.Items.TryAdd(Item, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The moment, or null for a session signed in before it was kept.</summary>
    public static DateTimeOffset? Of(AuthenticationProperties? properties) =>
        properties?.Items.TryGetValue(Item, out var value) == true && long.TryParse(value, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
