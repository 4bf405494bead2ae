using System.Text.RegularExpressions;
using DigitalWorkplace.BuildingBlocks.Persistence;

namespace DigitalWorkplace.BuildingBlocks.Storage;

/// <summary>
/// Files under <c>{DataDirectory}/files</c>. A file is written beside its final name and moved into place, so a reader
/// never sees half of it and a crash leaves no truncated file. Keys are checked: nothing can name a path outside the folder.
/// </summary>
public sealed partial class DiskFileStore(DatabaseOptions database) : IFileStore
{
    private readonly string _root = Path.Combine(database.DataDirectory, "files");

    public async Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key) =>
        SafeKey().IsMatch(key) && !key.Contains("..", StringComparison.Ordinal)
            ? Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar))
            : throw new ArgumentException($"'{key}' is not a file key (lowercase letters, digits, '-', '_', '.' and '/').", nameof(key));

    [GeneratedRegex("^[a-z0-9][a-z0-9/._-]{0,199}$")]
    private static partial Regex SafeKey();
}
