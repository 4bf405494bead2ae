using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.BuildingBlocks.Http;

/// <summary>An error an endpoint declares it may answer with, as a type argument of <see cref="ApiResult{TSuccess, TProblem}"/>.</summary>
public interface IProblemKind
{
    static abstract ErrorKind Kind { get; }
}

/// <summary>The problem kinds, named after what the client did wrong; each maps to one status (see <see cref="ProblemResults.StatusOf"/>).</summary>
public static class Problem
{
    /// <summary>400: a field is missing or wrong; the body lists every field's error.</summary>
    public sealed class Invalid : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.Validation;
    }

    /// <summary>403: the person may see the resource but not do this.</summary>
    public sealed class Forbidden : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.Forbidden;
    }

    /// <summary>404: it does not exist, or the person may not see it (the two are never told apart).</summary>
    public sealed class NotFound : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.NotFound;
    }

    /// <summary>409: it clashes with the current state (a name taken, the last owner leaving).</summary>
    public sealed class Conflict : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.Conflict;
    }

    /// <summary>422: well formed but not acceptable as sent (an idempotency key reused with another body).</summary>
    public sealed class Unprocessable : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.Unprocessable;
    }

    /// <summary>503: a service it needs (the translator) is switched off or not answering.</summary>
    public sealed class Unavailable : IProblemKind
    {
        public static ErrorKind Kind => ErrorKind.Unavailable;
    }
}
