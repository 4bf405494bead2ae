namespace DigitalWorkplace.Identity.Domain;

/// <summary>
/// A person's profile photo, a 256 px JPEG of a few kilobytes, kept in the database with the person (ADR 0015): every
/// node serves it without a shared disk, and it leaves with the person's data.
/// </summary>
internal sealed class PersonPhoto
{
    public Guid PersonId { get; init; }

    public required byte[] Content { get; set; }

    /// <summary>Changes with every upload: part of the photo's address, so browsers may keep each version for good.</summary>
    public long Version { get; set; }
}
