namespace DigitalWorkplace.BuildingBlocks.Storage;

/// <summary>
/// Where uploaded files (pictures and attachments of posts) are kept, by key: files under the data directory by default
/// (<see cref="DiskFileStore"/>); a blob store (Azure Blob Storage, S3) implements the same port for several nodes
/// without a shared disk. Keys are made by the modules, lowercase paths such as <c>feeds/attachments/0f…</c>.
/// </summary>
public interface IFileStore
{
    Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The file, or null when there is none under that key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file; nothing happens when there is none.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
