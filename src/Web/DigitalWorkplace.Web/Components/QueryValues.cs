namespace DigitalWorkplace.Web.Components;

/// <summary>
/// Query values read leniently: Blazor throws (a 500) when a typed query parameter cannot be parsed ("?mine=1" for a
/// bool), so pages take strings and read them here; anything unreadable is simply absent.
/// </summary>
internal static class QueryValues
{
    public static bool Flag(string? value) => value is not null && (bool.TryParse(value, out var flag) ? flag : value is "1" or "on" or "yes");

    public static Guid? Id(string? value) => Guid.TryParse(value, out var id) ? id : null;

    /// <summary>
    /// A whole number typed in an address ("?page=2"), or null for anything else ("abc", "-1", a number too big): read as
    /// text, because a query parameter bound as <c>int?</c> fails the whole page on such an address.
    /// </summary>
    public static int? Number(string? value) => int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;
}
