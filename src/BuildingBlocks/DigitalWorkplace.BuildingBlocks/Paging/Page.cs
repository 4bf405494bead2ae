using System.Buffers.Text;

namespace DigitalWorkplace.BuildingBlocks.Paging;

/// <summary>One page of a list and the opaque cursor of the next one (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>Opaque cursors over time-ordered (UUID v7) ids, so clients cannot depend on their shape.</summary>
public static class Cursor
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static string Encode(Guid id) => Base64Url.EncodeToString(id.ToByteArray());

    public static bool TryDecode(string? cursor, out Guid? id)
    {
        id = null;
        if (string.IsNullOrEmpty(cursor))
        {
            return true;
        }

        Span<byte> bytes = stackalloc byte[16];
        // IsValid first: TryDecodeFromChars throws on characters outside the alphabet, and a bad cursor is a 400, not a 500.
        if (Base64Url.IsValid(cursor, out var length) && length == 16
            && Base64Url.TryDecodeFromChars(cursor, bytes, out var written) && written == 16)
        {
            id = new Guid(bytes);
            return true;
        }

        return false;
    }

    public static int Clamp(int? pageSize) => Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize);
}
