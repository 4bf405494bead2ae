using System.Diagnostics.CodeAnalysis;

namespace DigitalWorkplace.BuildingBlocks.Results;

/// <summary>Lets pipeline behaviours short-circuit a request with an error, whatever its success type.</summary>
public interface IResultFactory<out TSelf>
{
    static abstract TSelf Failure(Error error);
}

/// <summary>Any result, seen without its value type (for logging and mapping).</summary>
public interface IFailable
{
    Error? Error { get; }
}

/// <summary>The outcome of a command or query: a value, or an error.</summary>
public readonly record struct Result<T> : IResultFactory<Result<T>>, IFailable
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);

    /// <summary>The success value turned into another (a module's view into a contract's DTO); an error stays the error.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> select)
    {
        ArgumentNullException.ThrowIfNull(select);
        return IsSuccess ? select(Value!) : Error;
    }
}

/// <summary>The value of a command that succeeds with nothing to return.</summary>
public readonly record struct Done
{
    public static readonly Done Value;
}
