namespace DigitalWorkplace.BuildingBlocks.Text;

/// <summary>
/// Every CSV the product writes passes its cells through <see cref="Safe"/>: a cell that a spreadsheet would read as a
/// formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, so that opening a
/// report in Excel never runs what someone typed into their name (OWASP "CSV injection").
/// </summary>
public static class CsvCells
{
    public static string Safe(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value ?? string.Empty;
}
