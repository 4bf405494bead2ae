namespace DigitalWorkplace.BuildingBlocks.Results;

/// <summary>What went wrong, in a form the edge maps to an RFC 9457 problem details response.</summary>
/// <param name="Code">A stable, machine-readable code such as <c>community.not_found</c>.</param>
public sealed record Error(ErrorKind Kind, string Code, string Message, IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error NotFound(string code, string message = "The resource does not exist or you may not see it.") =>
        new(ErrorKind.NotFound, code, message);

    public static Error Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    public static Error Unauthorized() => new(ErrorKind.Unauthorized, "auth.required", "Sign in to continue.");

    public static Error Forbidden(string code, string message) => new(ErrorKind.Forbidden, code, message);

    public static Error Validation(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Validation, "validation.failed", "One or more fields are invalid.", fields);

    public static Error Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });
}

public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Unauthorized,
    Forbidden,
}
