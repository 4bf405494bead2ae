namespace DigitalWorkplace.Identity.Authentication;

/// <summary>The authentication scheme names other code may refer to.</summary>
internal static class PlatformSchemes
{
    /// <summary>The default scheme: picks the bearer token or the cookie for each request.</summary>
    public const string Platform = "Platform";

    /// <summary>Personal access tokens sent as <c>Authorization: Bearer dwp_...</c>.</summary>
    public const string AccessToken = "AccessToken";

    /// <summary>A directory's SCIM token, <c>Authorization: Bearer dws_...</c>: accepted on <c>/scim/v2</c> only.</summary>
    public const string Scim = "Scim";

}
