namespace DigitalWorkplace.Web.Endpoints;

/// <summary>Keeps redirects on this site, so a crafted link cannot bounce people to another one.</summary>
internal static class LocalUrl
{
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";

    // The same rule as ASP.NET Core's IUrlHelper.IsLocalUrl: "/path" yes; "//host", "/\host" and absolute URLs no.
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
