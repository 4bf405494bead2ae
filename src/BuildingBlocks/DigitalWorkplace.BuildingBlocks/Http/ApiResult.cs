using System.Reflection;
using DigitalWorkplace.BuildingBlocks.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace DigitalWorkplace.BuildingBlocks.Http;

/// <summary>
/// A typed endpoint result: the success result, or one of the problem kinds the endpoint declares. Both convert
/// implicitly, so a slice's endpoint reads
/// <c>return result.IsSuccess ? TypedResults.Ok(result.Value!) : result.Error;</c>, and the OpenAPI document lists the
/// success response and each declared problem with its status and schema. An error of a kind the endpoint did not
/// declare is a programming error: it throws (and the malformed-input sweep finds it as a 500).
/// </summary>
public abstract class ApiResult : IResult, INestedHttpResult
{
    private protected ApiResult(IResult result) => Result = result;

    public IResult Result { get; }

    public Task ExecuteAsync(HttpContext httpContext) => Result.ExecuteAsync(httpContext);

    private protected static IResult Problem(Error error, params ReadOnlySpan<ErrorKind> declared)
    {
        ArgumentNullException.ThrowIfNull(error);
        // 401 comes from authentication, which every API group requires; the group documents it once.
        if (error.Kind != ErrorKind.Unauthorized && !declared.Contains(error.Kind))
        {
            throw new InvalidOperationException($"The endpoint does not declare {error.Kind} problems, yet its request answered {error.Code}.");
        }

        return error.ToProblem();
    }

    private protected static void Describe<TSuccess>(MethodInfo method, EndpointBuilder builder, params ReadOnlySpan<ErrorKind> declared)
        where TSuccess : IEndpointMetadataProvider
    {
        TSuccess.PopulateMetadata(method, builder);
        foreach (var kind in declared)
        {
            builder.Metadata.Add(Describe(kind));
        }
    }

    /// <summary>The response a problem kind documents: its status and the problem details schema.</summary>
    public static ProducesResponseTypeMetadata Describe(ErrorKind kind) =>
        new(
            ProblemResults.StatusOf(kind),
            kind == ErrorKind.Validation ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails),
            ["application/problem+json"]);
}

public sealed class ApiResult<TSuccess, TProblem> : ApiResult, IEndpointMetadataProvider
    where TSuccess : IResult, IEndpointMetadataProvider
    where TProblem : IProblemKind
{
    private ApiResult(IResult result)
        : base(result)
    {
    }

    public static implicit operator ApiResult<TSuccess, TProblem>(TSuccess success) => new(success);

    public static implicit operator ApiResult<TSuccess, TProblem>(Error error) => new(Problem(error, TProblem.Kind));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe<TSuccess>(method, builder, TProblem.Kind);
}

public sealed class ApiResult<TSuccess, TProblem1, TProblem2> : ApiResult, IEndpointMetadataProvider
    where TSuccess : IResult, IEndpointMetadataProvider
    where TProblem1 : IProblemKind
    where TProblem2 : IProblemKind
{
    private ApiResult(IResult result)
        : base(result)
    {
    }

    public static implicit operator ApiResult<TSuccess, TProblem1, TProblem2>(TSuccess success) => new(success);

    public static implicit operator ApiResult<TSuccess, TProblem1, TProblem2>(Error error) => new(Problem(error, TProblem1.Kind, TProblem2.Kind));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Describe<TSuccess>(method, builder, TProblem1.Kind, TProblem2.Kind);
}

public sealed class ApiResult<TSuccess, TProblem1, TProblem2, TProblem3> : ApiResult, IEndpointMetadataProvider
    where TSuccess : IResult, IEndpointMetadataProvider
    where TProblem1 : IProblemKind
    where TProblem2 : IProblemKind
    where TProblem3 : IProblemKind
{
    private ApiResult(IResult result)
        : base(result)
    {
    }

    public static implicit operator ApiResult<TSuccess, TProblem1, TProblem2, TProblem3>(TSuccess success) => new(success);

    public static implicit operator ApiResult<TSuccess, TProblem1, TProblem2, TProblem3>(Error error) =>
        new(Problem(error, TProblem1.Kind, TProblem2.Kind, TProblem3.Kind));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe<TSuccess>(method, builder, TProblem1.Kind, TProblem2.Kind, TProblem3.Kind);
}

public sealed class ApiResult<TSuccess, TProblem1, TProblem2, TProblem3, TProblem4> : ApiResult, IEndpointMetadataProvider
    where TSuccess : IResult, IEndpointMetadataProvider
    where TProblem1 : IProblemKind
    where TProblem2 : IProblemKind
    where TProblem3 : IProblemKind
    where TProblem4 : IProblemKind
{
    private ApiResult(IResult result)
        : base(result)
    {
    }

    public static implicit operator ApiResult<TSuccess, TProblem1, TProblem2, TProblem3, TProblem4>(TSuccess success) => new(success);

    public static implicit operator ApiResult<TSuccess, TProblem1, TProblem2, TProblem3, TProblem4>(Error error) =>
        new(Problem(error, TProblem1.Kind, TProblem2.Kind, TProblem3.Kind, TProblem4.Kind));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe<TSuccess>(method, builder, TProblem1.Kind, TProblem2.Kind, TProblem3.Kind, TProblem4.Kind);
}

public sealed class ApiResult<TSuccess, TProblem1, TProblem2, TProblem3, TProblem4, TProblem5> : ApiResult, IEndpointMetadataProvider
    where TSuccess : IResult, IEndpointMetadataProvider
    where TProblem1 : IProblemKind
    where TProblem2 : IProblemKind
    where TProblem3 : IProblemKind
    where TProblem4 : IProblemKind
    where TProblem5 : IProblemKind
{
    private ApiResult(IResult result)
        : base(result)
    {
    }

    public static implicit operator ApiResult<TSuccess, TProblem1, TProblem2, TProblem3, TProblem4, TProblem5>(TSuccess success) => new(success);

    public static implicit operator ApiResult<TSuccess, TProblem1, TProblem2, TProblem3, TProblem4, TProblem5>(Error error) =>
        new(Problem(error, TProblem1.Kind, TProblem2.Kind, TProblem3.Kind, TProblem4.Kind, TProblem5.Kind));

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        Describe<TSuccess>(method, builder, TProblem1.Kind, TProblem2.Kind, TProblem3.Kind, TProblem4.Kind, TProblem5.Kind);
}
