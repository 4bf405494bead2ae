namespace DigitalWorkplace.Web.Components.Shared;

/// <summary>One group of bars: a label (a location) and a value per series.</summary>
public sealed record ChartRow(string Label, IReadOnlyList<int> Values);
