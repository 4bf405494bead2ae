using DigitalWorkplace.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;

namespace DigitalWorkplace.BuildingBlocks.Http;

/// <summary>A field error as API clients read it beside the English messages: its code and arguments.</summary>
public sealed record FieldErrorCode(string Code, IReadOnlyDictionary<string, object>? Arguments);

/// <summary>Maps an <see cref="Error"/> to RFC 9457 problem details carrying its stable <c>code</c>.</summary>
public static class ProblemResults
{
    public static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>A problem answered at the edge, before any handler (a rate limit, a missing antiforgery token): status, code, detail.</summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Problem(int status, string code, string detail, IReadOnlyDictionary<string, object?>? extra = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code };
        foreach (var (key, value) in extra ?? new Dictionary<string, object?>())
        {
            extensions[key] = value;
        }

        return TypedResults.Problem(detail, statusCode: status, extensions: extensions);
    }

    /// <summary>
    /// A problem that names fields (a 400, or a 409 saying which field clashes) lists their English messages under
    /// <c>errors</c> (as ASP.NET Core's validation problem does) and their codes and arguments under <c>fieldErrors</c>,
    /// for clients that translate.
    /// </summary>
    public static IResult ToProblem(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = error.Code };
        if (error.Fields is not { } fields)
        {
            return TypedResults.Problem(error.Message, statusCode: StatusOf(error.Kind), extensions: extensions);
        }

        extensions["fieldErrors"] = fields.ToDictionary(f => f.Key, f => f.Value.Select(e => new FieldErrorCode(e.Code, e.Arguments)).ToArray(), StringComparer.Ordinal);
        var messages = fields.ToDictionary(f => f.Key, f => f.Value.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        if (error.Kind != ErrorKind.Validation)
        {
            extensions["errors"] = messages;
            return TypedResults.Problem(error.Message, statusCode: StatusOf(error.Kind), extensions: extensions);
        }

        return TypedResults.ValidationProblem(messages, error.Message, extensions: extensions);
    }
}
