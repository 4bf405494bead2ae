using System.Text.Json;
using System.Text.RegularExpressions;
using DigitalWorkplace.BuildingBlocks.Http;
using DigitalWorkplace.BuildingBlocks.Results;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace DigitalWorkplace.Host.Startup;

/// <summary>
/// Bytes that do not bind — broken or non-object JSON, a string where a number goes, an unknown enum value, the 30th of
/// February, a query value that is not a number, a form without its antiforgery token — become a 400 problem naming the
/// field, for every endpoint at once. Nothing has run yet, so nothing was written.
/// </summary>
internal sealed partial class BadRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        IResult? problem = exception switch
        {
            AntiforgeryValidationException => Antiforgery(),
            BadHttpRequestException { InnerException: AntiforgeryValidationException } => Antiforgery(),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Error413(),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } bad => Error415(bad),
            BadHttpRequestException { InnerException: JsonException json } => FromJson(json, BodyType(httpContext)),
            BadHttpRequestException bad => FromBinding(bad),
            JsonException json => FromJson(json, BodyType(httpContext)),
            // A form read outside minimal-API binding (the OpenID Connect endpoints) with bytes it cannot decode.
            InvalidDataException => ProblemResults.Problem(StatusCodes.Status400BadRequest, "request.invalid_form", "The form could not be read: a value has bytes that are not allowed."),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        await problem.ExecuteAsync(httpContext);
        return true;
    }

    private static ProblemHttpResult Antiforgery() =>
        ProblemResults.Problem(StatusCodes.Status400BadRequest, CookieApiAntiforgery.Code, "The form's antiforgery token is missing or expired: reload the page and try again.");

    private static ProblemHttpResult Error413() => ProblemResults.Problem(StatusCodes.Status413PayloadTooLarge, "request.too_large", "The request body is too large.");

    private static ProblemHttpResult Error415(BadHttpRequestException bad) => ProblemResults.Problem(StatusCodes.Status415UnsupportedMediaType, "request.unsupported_media_type", bad.Message);

    /// <summary>"$.steps[0].kind" names the field "steps[0].kind"; the root ("$", a body that is not an object) is "body".</summary>
    private static IResult FromJson(JsonException json, Type? bodyType)
    {
        // Broken syntax (truncated, a lone surrogate, bad UTF-8) spoils the whole body, not the field it stopped in.
        if (json.InnerException?.GetType().Name == "JsonReaderException")
        {
            return Error.Validation("body", FieldError.Unreadable("JSON object")).ToProblem();
        }

        var path = json.Path is null or "$" ? null : json.Path.StartsWith("$.", StringComparison.Ordinal) ? json.Path[2..] : json.Path.TrimStart('$');
        var field = string.IsNullOrEmpty(path) ? "body" : path;
        var expected = path is null ? null : JsonPathTypes.Resolve(bodyType, path);
        return Error.Validation(field, Expectation(expected, path is null ? "JSON object" : "value")).ToProblem();
    }

    private static IResult FromBinding(BadHttpRequestException bad)
    {
        // The framework names the parameter in its message: Failed to bind parameter "int? pageSize" from "abc".
        var match = ParameterPattern().Match(bad.Message);
        if (!match.Success)
        {
            return ProblemResults.Problem(StatusCodes.Status400BadRequest, "request.invalid", bad.Message);
        }

        var name = match.Groups["name"].Value;
        var isBody = bad.Message.Contains("request body", StringComparison.Ordinal) || bad.Message.Contains("from body", StringComparison.Ordinal);
        var error = bad.Message.StartsWith("Required parameter", StringComparison.Ordinal) ? FieldError.Required() : Expectation(match.Groups["type"].Value);
        return Error.Validation(isBody ? "body" : name, error).ToProblem();
    }

    private static FieldError Expectation(Type? type, string fallback)
    {
        var target = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            { IsEnum: true } => FieldError.OneOf(Enum.GetNames(target)),
            null => FieldError.Unreadable(fallback),
            _ => Expectation(target.Name),
        };
    }

    // The framework writes "int?" or "Nullable<int>" for an optional number.
    private static FieldError Expectation(string typeName) =>
        typeName.StartsWith("Nullable<", StringComparison.Ordinal) ? Expectation(typeName["Nullable<".Length..^1]) : Known(typeName.TrimEnd('?'));

    private static FieldError Known(string typeName) => typeName switch
    {
        "int" or "Int32" or "long" or "Int64" or "short" or "Int16" => FieldError.Unreadable("whole number"),
        "double" or "Double" or "decimal" or "Decimal" => FieldError.Unreadable("number"),
        "bool" or "Boolean" => FieldError.Unreadable("true or false"),
        "Guid" => FieldError.Unreadable("id"),
        "DateOnly" => FieldError.Unreadable("date (yyyy-mm-dd)"),
        "DateTimeOffset" or "DateTime" => FieldError.Unreadable("date and time (ISO 8601)"),
        "Uri" => FieldError.InvalidAddress(),
        "String" or "string" => FieldError.Unreadable("text"),
        _ => FieldError.Unreadable("value"),
    };

    // The exception handler has already cleared the request's endpoint; its feature keeps the one that failed.
    private static Type? BodyType(HttpContext httpContext) =>
        (httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint())?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    [GeneratedRegex("parameter \"(?<type>[^\"]+) (?<name>[^ \"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}
