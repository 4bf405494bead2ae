namespace DigitalWorkplace.BuildingBlocks.Results;

/// <summary>What went wrong, in a form the edge maps to an RFC 9457 problem details response.</summary>
/// <param name="Code">A stable, machine-readable code such as <c>community.not_found</c>.</param>
public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyDictionary<string, FieldError[]>? Fields = null)
{
    public static Error NotFound(string code, string message = "The resource does not exist or you may not see it.") =>
        new(ErrorKind.NotFound, code, message);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    /// <summary>The request is well formed but cannot be carried out as sent (an idempotency key reused with another body).</summary>
    public static Error Unprocessable(string code, string message) => new(ErrorKind.Unprocessable, code, message);

    public static Error Unauthorized() => new(ErrorKind.Unauthorized, "auth.required", "Sign in to continue.");

    public static Error Forbidden(string code, string message) => new(ErrorKind.Forbidden, code, message);

    /// <summary>A service this depends on (a translator, a mail server) is switched off or not answering; trying later may work.</summary>
    public static Error Unavailable(string code, string message) => new(ErrorKind.Unavailable, code, message);

    public static Error Validation(IReadOnlyDictionary<string, FieldError[]> fields) =>
        new(ErrorKind.Validation, "validation.failed", "One or more fields are invalid.", fields);

    public static Error Validation(string field, FieldError error) =>
        Validation(new Dictionary<string, FieldError[]>(StringComparer.Ordinal) { [field] = [error] });
}

public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Unauthorized,
    Forbidden,
    Unprocessable,
    Unavailable,
}
