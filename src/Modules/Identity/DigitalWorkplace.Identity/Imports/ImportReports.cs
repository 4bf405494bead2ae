using System.Text.Json;
using DigitalWorkplace.Identity.Data;
using DigitalWorkplace.Identity.Domain;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Imports;

/// <summary>What import reports keep about people, and forgetting it when a person is erased.</summary>
internal static class ImportReports
{
    /// <summary>Removes the person's rows (by employee id or e-mail) from every import's report, and a finished import's file.</summary>
    public static async Task ForgetAsync(IdentityModuleDbContext db, string? employeeId, string? normalizedEmail, CancellationToken cancellationToken)
    {
        if (employeeId is null && normalizedEmail is null)
        {
            return;
        }

        var normalizer = new UpperInvariantLookupNormalizer();
        // Imports are few (one per hiring wave): read them all rather than trust a text search to find an address.
        var imports = await db.Imports.ToListAsync(cancellationToken);
        foreach (var import in imports)
        {
            var rows = import.Report is null ? [] : JsonSerializer.Deserialize<List<ImportRowReport>>(import.Report, AudienceJson.Options) ?? [];
            var kept = rows.Where(r => (employeeId is null || r.EmployeeId != employeeId)
                && (normalizedEmail is null || r.Email is null || normalizer.NormalizeEmail(r.Email) != normalizedEmail)).ToList();
            if (kept.Count != rows.Count)
            {
                import.Report = JsonSerializer.Serialize(kept, AudienceJson.Options);
            }

            if (import.Status != ImportStatus.Running)
            {
                import.Source = "";
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
