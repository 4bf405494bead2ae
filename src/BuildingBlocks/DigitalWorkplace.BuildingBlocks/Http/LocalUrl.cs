using System.Text;

namespace DigitalWorkplace.BuildingBlocks.Http;

/// <summary>Keeps redirects on this site, so a crafted link cannot bounce people to another one.</summary>
public static class LocalUrl
{
    /// <summary>The local URL, ready for a Location header (non-ASCII percent-encoded as UTF-8), or the home page.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? AsciiOnly(url!) : "/";

    /// <summary>Same rule as MVC's Url.IsLocalUrl: a rooted path that cannot be read as another host ("//x", "/\x").</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && ((url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')))
            || (url.Length > 1 && url[0] == '~' && url[1] == '/' && (url.Length == 2 || (url[2] != '/' && url[2] != '\\'))))
        && !url.Any(char.IsControl);

    // Kestrel refuses to send a header with non-ASCII characters ("/été" would become a 500); browsers decode %C3%A9.
    // A lone surrogate becomes U+FFFD, as UTF-8 cannot carry it.
    private static string AsciiOnly(string url)
    {
        if (url.All(char.IsAscii))
        {
            return url;
        }

        var builder = new StringBuilder(url.Length * 2);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                builder.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(utf8);
            foreach (var b in utf8[..length])
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
