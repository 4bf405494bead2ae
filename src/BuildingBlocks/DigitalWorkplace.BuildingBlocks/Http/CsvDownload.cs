using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http;

namespace DigitalWorkplace.BuildingBlocks.Http;

/// <summary>A CSV file to download, the one way every export answers.</summary>
public static class CsvDownload
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, WriteByteOrderMark = false };

    /// <summary>
    /// The CSV text of a header and its rows, with CsvHelper's formula escaping on every cell: a name typed as
    /// "=HYPERLINK(…)" stays text in a spreadsheet (what every CSV the product writes uses).
    /// </summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options))
        {
            csv.WriteRecord([.. header]);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row]);
            }
        }

        return text.ToString();
    }

    /// <summary>UTF-8 with a byte order mark: Excel then reads the accents right.</summary>
    public static IResult File(string csv, string fileName) =>
        TypedResults.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8", fileName);
}
