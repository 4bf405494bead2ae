using DigitalWorkplace.BuildingBlocks.Results;
using Microsoft.AspNetCore.Http;

namespace DigitalWorkplace.BuildingBlocks.Http;

/// <summary>Maps a failed <see cref="Result{T}"/> to RFC 9457 problem details carrying its stable <c>code</c>.</summary>
public static class ProblemResults
{
    public static IResult ToProblem(this Error error)
    {
        var status = error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status500InternalServerError,
        };
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        return error.Fields is { } fields
            ? TypedResults.ValidationProblem(fields, error.Message, extensions: extensions)
            : TypedResults.Problem(error.Message, statusCode: status, extensions: extensions);
    }

    /// <summary>200 with the value, or the error's problem details.</summary>
    public static IResult ToOk<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    /// <summary>201 with a location, or the error's problem details.</summary>
    public static IResult ToCreated<T>(this Result<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value!), result.Value) : result.Error!.ToProblem();

    public static IResult ToNoContent<T>(this Result<T> result) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
}
