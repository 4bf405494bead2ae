using System.Globalization;
using System.Text;
using CsvHelper;

namespace DigitalWorkplace.Identity.Imports;

/// <summary>One line of an HR export, as written (each cell trimmed; empty cells are null).</summary>
internal sealed record ImportRow(
    int Line, string? EmployeeId, string? DisplayName, string? Email, string? UserName, string? Location, string? Position, string? EmploymentType,
    string? StartDate, string? EndDate, string? Season, string? Tags, string? Languages);

/// <summary>
/// Reads a people CSV as HR tools export it — UTF-8 with or without BOM, ";" or "," (detected), quoted fields, accents,
/// French or English headers in any order and case — with CsvHelper. A first name and a last name column make the name.
/// </summary>
internal static class PeopleCsv
{
    /// <summary>The file's text: UTF-8 with or without its byte-order mark; null for anything else (not a file we read).</summary>
    public static string? Decode(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    public const int MaxRows = 20_000;

    private static readonly Dictionary<string, string> Headers = new(StringComparer.Ordinal)
    {
        ["employeeid"] = "employeeId", ["matricule"] = "employeeId", ["id"] = "employeeId", ["idsalarie"] = "employeeId",
        ["displayname"] = "displayName", ["name"] = "displayName", ["fullname"] = "displayName", ["nomcomplet"] = "displayName",
        ["firstname"] = "firstName", ["prenom"] = "firstName", ["lastname"] = "lastName", ["nom"] = "lastName", ["surname"] = "lastName",
        ["email"] = "email", ["mail"] = "email", ["courriel"] = "email", ["emailaddress"] = "email", ["adressemail"] = "email",
        ["username"] = "userName", ["identifiant"] = "userName", ["handle"] = "userName",
        ["location"] = "location", ["site"] = "location", ["lieu"] = "location", ["orgunit"] = "location", ["unit"] = "location", ["etablissement"] = "location",
        ["position"] = "position", ["poste"] = "position", ["jobtitle"] = "position", ["job"] = "position", ["fonction"] = "position",
        ["employmenttype"] = "employmentType", ["type"] = "employmentType", ["contract"] = "employmentType", ["contrat"] = "employmentType", ["typedecontrat"] = "employmentType",
        ["startdate"] = "startDate", ["start"] = "startDate", ["debut"] = "startDate", ["datededebut"] = "startDate", ["dateentree"] = "startDate",
        ["enddate"] = "endDate", ["end"] = "endDate", ["fin"] = "endDate", ["datedefin"] = "endDate", ["datesortie"] = "endDate",
        ["season"] = "season", ["saison"] = "season",
        ["tags"] = "tags", ["etiquettes"] = "tags", ["labels"] = "tags",
        ["languages"] = "languages", ["language"] = "languages", ["langues"] = "languages", ["langue"] = "languages",
    };

    /// <summary>The rows, or the one thing wrong with the file as a whole.</summary>
    public static (IReadOnlyList<ImportRow> Rows, FieldError? Problem) Parse(string text)
    {
        // The separator (",", ";", tab) is detected from the first lines; BOM and quotes are handled by the reader.
        var options = CsvReaderOptions.Default with { TrimWhitespace = true, SkipEmptyLines = true, TrackLineNumbers = true };
        try
        {
            using var csv = CsvReader.Create(new StringReader(text.TrimStart('\uFEFF')), options);
            csv.ReadHeader();
            if (csv.Headers is not { Count: > 0 } header)
            {
                return ([], FieldError.Rule("empty_file", "has no header row."));
            }

            var columns = header.Select((name, index) => (Key: Headers.GetValueOrDefault(Simplify(name)), Index: index))
                .Where(c => c.Key is not null)
                .GroupBy(c => c.Key!)
                .ToDictionary(g => g.Key, g => g.First().Index, StringComparer.Ordinal);
            if (!columns.ContainsKey("displayName") && !(columns.ContainsKey("firstName") || columns.ContainsKey("lastName")))
            {
                return ([], FieldError.Rule("missing_columns", "needs a name column (name, or first name and last name)."));
            }

            if (!columns.ContainsKey("location"))
            {
                return ([], FieldError.Rule("missing_columns", "needs a location column."));
            }

            var rows = new List<ImportRow>();
            while (csv.Read())
            {
                if (rows.Count >= MaxRows)
                {
                    return ([], FieldError.Rule("too_many_rows", $"has more than {MaxRows} rows.", new Dictionary<string, object> { ["max"] = MaxRows }));
                }

                string? Cell(string key) =>
                    columns.TryGetValue(key, out var index) && index < csv.FieldCount && csv.GetStringOrNull(index) is { } value && !string.IsNullOrWhiteSpace(value)
                        ? value.Trim()
                        : null;
                var name = Cell("displayName") ?? string.Join(' ', new[] { Cell("firstName"), Cell("lastName") }.Where(n => n is not null));
                rows.Add(new ImportRow(
                    (int)csv.LineNumber, Cell("employeeId"), string.IsNullOrWhiteSpace(name) ? null : name, Cell("email"), Cell("userName"), Cell("location"), Cell("position"),
                    Cell("employmentType"), Cell("startDate"), Cell("endDate"), Cell("season"), Cell("tags"), Cell("languages")));
            }

            return (rows, null);
        }
        catch (CsvFormatException)
        {
            return ([], FieldError.Rule("unreadable_csv", "is not a readable CSV file."));
        }
    }

    /// <summary>"Date de début" → "datededebut": headers match whatever their case, accents and spacing.</summary>
    private static string Simplify(string header)
    {
        var decomposed = header.Normalize(NormalizationForm.FormD);
        return new string([.. decomposed.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);
    }
}
