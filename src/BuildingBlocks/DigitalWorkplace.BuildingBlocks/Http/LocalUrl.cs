namespace DigitalWorkplace.BuildingBlocks.Http;

/// <summary>Keeps redirects on this site, so a crafted link cannot bounce people to another one.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";

    /// <summary>Same rule as MVC's Url.IsLocalUrl: a rooted path that cannot be read as another host ("//x", "/\x").</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && ((url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')))
            || (url.Length > 1 && url[0] == '~' && url[1] == '/' && (url.Length == 2 || (url[2] != '/' && url[2] != '\\'))))
        && !url.Any(char.IsControl);
}
