namespace DigitalWorkplace.Web.Components.Pages.Admin.Apps;

/// <summary>A tile's fields as posted by <see cref="AppFields"/>.</summary>
public sealed record AppFieldValues(string Name, string? Description, string? Category, Uri HomeUrl, Uri? IconUrl, IReadOnlyList<Guid> AudienceIds);
