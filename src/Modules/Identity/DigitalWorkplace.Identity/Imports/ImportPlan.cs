using System.Globalization;
using DigitalWorkplace.Identity.Accounts;
using DigitalWorkplace.Identity.Authorization;
using DigitalWorkplace.Identity.Contracts;
using DigitalWorkplace.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace DigitalWorkplace.Identity.Imports;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<ImportAction>))]
internal enum ImportAction
{
    Create,
    Update,
    Unchanged,
    Error,
}

/// <summary>What one row will do, or every reason it cannot.</summary>
internal sealed record ImportRowReport(int Line, string? EmployeeId, string? Email, string? DisplayName, string? Location, ImportAction Action, IReadOnlyList<ImportRowError> Errors);

internal sealed record ImportRowError(string Field, string Code, string Message);

/// <summary>A row checked and resolved: the person it matches (if any) and the unit and season it names.</summary>
internal sealed record PlannedRow(ImportRow Row, ImportRowReport Report, Guid? PersonId, Guid? OrgUnitId, Guid? SeasonId, EmploymentType EmploymentType, DateOnly? StartDate, DateOnly? EndDate);

/// <summary>
/// Checks every row before anything is written — a missing name, an unknown or foreign location, a bad date, a duplicate
/// within the file, an e-mail or employee id that belongs to someone outside the caller's scope — and says what each
/// valid row will do. People are matched by employee id, else by e-mail: importing the same file twice changes nothing.
/// </summary>
internal sealed class ImportPlanner(IdentityModuleDbContext db, ILookupNormalizer normalizer)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy"];

    public async Task<IReadOnlyList<PlannedRow>> PlanAsync(IReadOnlyList<ImportRow> rows, AdministrationScope scope, CancellationToken cancellationToken)
    {
        var employeeIds = rows.Where(r => r.EmployeeId is not null).Select(r => r.EmployeeId!).Distinct().ToList();
        var emails = rows.Where(r => r.Email is not null).Select(r => normalizer.NormalizeEmail(r.Email!)).Distinct().ToList();
        var existing = await db.Users.AsNoTracking()
            .Where(p => (p.EmployeeId != null && employeeIds.Contains(p.EmployeeId)) || (p.NormalizedEmail != null && emails.Contains(p.NormalizedEmail)))
            .Select(p => new { p.Id, p.EmployeeId, p.NormalizedEmail, p.EmailConfirmed, p.OrgUnitId, p.DisplayName, p.Position, p.EmploymentType, p.StartDate, p.EndDate, p.Tags, p.Languages, p.Status })
            .ToListAsync(cancellationToken);
        var byEmployeeId = existing.Where(p => p.EmployeeId is not null).ToDictionary(p => p.EmployeeId!, StringComparer.Ordinal);
        var byEmail = existing.Where(p => p.NormalizedEmail is not null).ToDictionary(p => p.NormalizedEmail!, StringComparer.Ordinal);
        // Only the seasons the importer sees: another franchisee's season is "no season of that name".
        var seasons = (await db.Seasons.AsNoTracking().Include(s => s.Locations).ToListAsync(cancellationToken))
            .Where(s => SeasonEnrolment.Sees(scope, [.. s.Locations.Select(l => l.OrgUnitId)]))
            .Select(s => new { s.Id, s.Name })
            .ToList();
        var matchedIds = existing.Select(p => p.Id).ToList();
        var guests = (await db.Guests.AsNoTracking().Where(g => matchedIds.Contains(g.PersonId)).Select(g => g.PersonId).ToListAsync(cancellationToken)).ToHashSet();
        var enrolled = (await db.SeasonMembers.AsNoTracking().Where(m => matchedIds.Contains(m.PersonId)).Select(m => new { m.PersonId, m.SeasonId }).ToListAsync(cancellationToken))
            .Select(m => (m.PersonId, m.SeasonId)).ToHashSet();
        var seenEmployeeIds = new HashSet<string>(StringComparer.Ordinal);
        var seenEmails = new HashSet<string>(StringComparer.Ordinal);
        var planned = new List<PlannedRow>(rows.Count);
        foreach (var row in rows)
        {
            var errors = new List<ImportRowError>();
            void Fail(string field, string code, string message) => errors.Add(new ImportRowError(field, code, message));

            if (row.DisplayName is null)
            {
                Fail("displayName", FieldCodes.Required, "The name is missing.");
            }
            else if (row.DisplayName.Length > Person.DisplayNameMaxLength)
            {
                Fail("displayName", FieldCodes.TooLong, $"The name is longer than {Person.DisplayNameMaxLength} characters.");
            }

            if (row.EmployeeId is null && row.Email is null)
            {
                Fail("employeeId", "employee_id_or_email", "Each row needs an employee id or an e-mail address, to be matched next time.");
            }

            if (row.EmployeeId is { } employeeId && (employeeId.Length > Person.EmployeeIdMaxLength || !seenEmployeeIds.Add(employeeId)))
            {
                Fail("employeeId", "duplicate", "This employee id appears on an earlier row.");
            }

            var email = row.Email is null ? null : normalizer.NormalizeEmail(row.Email);
            if (row.Email is { Length: > Person.EmailMaxLength })
            {
                Fail("email", FieldCodes.TooLong, $"The e-mail address is longer than {Person.EmailMaxLength} characters.");
            }
            else if (row.Email is not null && !PersonRules.IsEmailAddress(row.Email))
            {
                Fail("email", FieldCodes.InvalidEmail, "This is not a valid e-mail address.");
            }
            else if (email is not null && !seenEmails.Add(email))
            {
                Fail("email", "duplicate", "This e-mail address appears on an earlier row.");
            }

            var unit = row.Location is null ? null : scope.Tree.FindByName(row.Location);
            if (row.Location is null)
            {
                Fail("location", FieldCodes.Required, "The location is missing.");
            }
            else if (unit is null || unit.IsClosed || !scope.ManagesPeopleAt(unit.Id))
            {
                // One answer for a unit that does not exist and one the importer does not run: nothing to probe.
                Fail("location", "unknown_location", $"There is no open location named \"{row.Location}\" among yours.");
            }

            var type = EmploymentTypeOf(row.EmploymentType);
            if (row.EmploymentType is not null && type is null)
            {
                Fail("employmentType", FieldCodes.OneOf, "The type must be permanent, seasonal, franchise or external.");
            }

            var start = DateOf(row.StartDate, "startDate", Fail);
            var end = DateOf(row.EndDate, "endDate", Fail);
            if (start is not null && end is not null && end < start)
            {
                Fail("endDate", "before_start", "The end date is before the start date.");
            }

            var season = row.Season is null ? null : seasons.FirstOrDefault(s => string.Equals(s.Name, row.Season, StringComparison.OrdinalIgnoreCase));
            if (row.Season is not null && season is null)
            {
                Fail("season", "unknown_season", $"There is no season named \"{row.Season}\".");
            }

            var validator = new Validator();
            PersonRules.Tags(validator, "tags", SplitList(row.Tags));
            PersonRules.Languages(validator, "languages", SplitList(row.Languages));
            if (row.Position is { Length: > Person.PositionMaxLength })
            {
                Fail("position", FieldCodes.TooLong, $"The position is longer than {Person.PositionMaxLength} characters.");
            }

            if (!validator.IsValid)
            {
                errors.AddRange(validator.ToError().Fields!.SelectMany(f => f.Value.Select(e => new ImportRowError(f.Key, e.Code, e.Message))));
            }

            // By e-mail only when the address is confirmed: one that somebody typed for themselves (or a directory claimed)
            // must not pull an HR row — its unit, season, audiences — onto their account.
            var match = row.EmployeeId is not null && byEmployeeId.TryGetValue(row.EmployeeId, out var byId) ? byId
                : email is not null && byEmail.TryGetValue(email, out var byMail) && byMail.EmailConfirmed ? byMail
                : null;
            if (match is null && email is not null && byEmail.TryGetValue(email, out var unconfirmed) && !unconfirmed.EmailConfirmed)
            {
                Fail("email", "taken", "Already used by an account that has not confirmed it: give the employee id, or ask its owner.");
            }

            if (match is not null && email is not null && byEmail.TryGetValue(email, out var owner) && owner.Id != match.Id)
            {
                // Matched by employee id, yet the e-mail is someone else's: it would clash when written.
                Fail("email", "taken", "Already used by another account.");
            }

            if (match is not null && guests.Contains(match.Id))
            {
                // A guest's contract is their sponsor's terms (bounded expiry, external): an HR export does not rewrite it.
                Fail(row.EmployeeId is not null && byEmployeeId.ContainsKey(row.EmployeeId) ? "employeeId" : "email", "guest", "This is a guest's account: change it on its own page.");
            }
            else if (match is not null && !scope.ManagesPeopleAt(match.OrgUnitId))
            {
                // Someone else's person: the same answer as an e-mail that is simply taken.
                Fail(row.EmployeeId is not null && byEmployeeId.ContainsKey(row.EmployeeId) ? "employeeId" : "email", "taken", "Already used by another account.");
            }

            var tags = row.Tags is null ? match?.Tags : PersonRules.StoredTags(SplitList(row.Tags));
            var action = errors.Count > 0 ? ImportAction.Error
                : match is null ? ImportAction.Create
                : match.DisplayName == row.DisplayName && match.OrgUnitId == unit!.Id && match.Position == (row.Position ?? match.Position)
                    && match.EmploymentType == (type ?? match.EmploymentType) && match.StartDate == (start ?? match.StartDate) && match.EndDate == (end ?? match.EndDate)
                    && match.Tags == tags && (season is null || enrolled.Contains((match.Id, season.Id))) && match.Status != AccountStatus.Ended
                    ? ImportAction.Unchanged
                    : ImportAction.Update;
            var report = new ImportRowReport(row.Line, row.EmployeeId, row.Email, row.DisplayName, row.Location, action, errors);
            planned.Add(new PlannedRow(row, report, match?.Id, unit?.Id, season?.Id, type ?? match?.EmploymentType ?? EmploymentType.Seasonal, start, end));
        }

        return planned;
    }

    public static IReadOnlyList<string>? SplitList(string? cell) =>
        cell is null ? null : cell.Split(['|', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateOnly? DateOf(string? text, string field, Action<string, string, string> fail)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        fail(field, FieldCodes.Unreadable, $"\"{text}\" is not a date (2026-06-01 or 01/06/2026).");
        return null;
    }

    /// <summary>The types in English or French, as HR writes them.</summary>
    private static EmploymentType? EmploymentTypeOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null => null,
        "permanent" or "cdi" or "permanente" => EmploymentType.Permanent,
        "seasonal" or "saisonnier" or "saisonniere" or "saisonnière" or "cdd saisonnier" => EmploymentType.Seasonal,
        "franchise" or "franchisé" or "franchisee" or "franchisée" => EmploymentType.Franchise,
        "external" or "externe" or "guest" or "invité" => EmploymentType.External,
        _ => null,
    };
}
