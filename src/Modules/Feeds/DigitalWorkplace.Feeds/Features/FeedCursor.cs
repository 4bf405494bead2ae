using System.Buffers.Text;
using DigitalWorkplace.BuildingBlocks.Paging;

namespace DigitalWorkplace.Feeds.Features;

internal static class FeedCursor
{
    /// <summary>
    /// <see cref="Cursor.TryDecode"/>, but false (a 400) rather than a <see cref="FormatException"/> (a 500) for text
    /// that is not Base64url at all: <c>Base64Url.TryDecodeFromChars</c> throws on such input.
    /// </summary>
    public static bool TryDecode(string? after, out Guid? id)
    {
        id = null;
        return string.IsNullOrEmpty(after) || (Base64Url.IsValid(after) && Cursor.TryDecode(after, out id));
    }
}
