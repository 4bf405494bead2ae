using System.Text;
using Microsoft.AspNetCore.Http;

namespace DigitalWorkplace.BuildingBlocks.Http;

/// <summary>A CSV file to download, the one way every export answers.</summary>
public static class CsvDownload
{
    /// <summary>UTF-8 with a byte order mark: Excel then reads the accents right.</summary>
    public static IResult File(string csv, string fileName) =>
        TypedResults.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], "text/csv; charset=utf-8", fileName);
}
