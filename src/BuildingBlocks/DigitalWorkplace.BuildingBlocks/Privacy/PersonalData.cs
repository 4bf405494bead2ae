namespace DigitalWorkplace.BuildingBlocks.Privacy;

/// <summary>
/// One module's part of a person's own data (GDPR access and portability): what it keeps about them or that they
/// wrote, as JSON-serializable records, becoming <c>{Name}.json</c> in their archive. Every module that keeps personal
/// data registers one; erasing goes the other way, through the <c>identity.person-erased</c> event.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The file's name in the archive, the module's ("feeds").</summary>
    string Name { get; }

    Task<object> ExportAsync(Guid personId, CancellationToken cancellationToken);
}
