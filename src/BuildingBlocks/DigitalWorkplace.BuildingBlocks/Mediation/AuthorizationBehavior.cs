using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.BuildingBlocks.Security;
using Mediator;
using Microsoft.Extensions.Logging;

namespace DigitalWorkplace.BuildingBlocks.Mediation;

/// <summary>
/// Says, on the request itself, that any signed-in active person may send it: no authorizer is asked.
/// Every other request needs at least one <see cref="IAuthorizer{TMessage}"/>, or it is refused.
/// (Authentication admits only active accounts: not ended, not signed out, with a valid token.)
/// </summary>
public interface IAnyActivePersonRequest;

/// <summary>
/// Answers "may the current person send this request?" by asking the owning module's policy service.
/// Found by convention (<see cref="AuthorizerRegistration.AddAuthorizers"/>): declare it next to its request.
/// </summary>
public interface IAuthorizer<in TMessage>
{
    ValueTask<Error?> AuthorizeAsync(TMessage message, ICurrentUser user, CancellationToken cancellationToken);
}

/// <summary>
/// Deny by default, for every request: anonymous callers get 401; a request marked <see cref="IAnyActivePersonRequest"/>
/// goes on; any other request goes on only when it has authorizers and none refuses. A request with neither
/// is refused (403 <c>auth.no_authorizer</c>), and the architecture tests list such requests before they ship.
/// </summary>
public sealed partial class AuthorizationBehavior<TMessage, TResponse>(
    ICurrentUser user, IEnumerable<IAuthorizer<TMessage>> authorizers, ILogger<AuthorizationBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
    where TResponse : IResultFactory<TResponse>
{
    private static readonly bool OpenToAnyActivePerson = typeof(IAnyActivePersonRequest).IsAssignableFrom(typeof(TMessage));

    public static readonly Error NoAuthorizer = Error.Forbidden("auth.no_authorizer", "This request has no authorizer, so nobody may send it.");

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated)
        {
            return TResponse.Failure(Error.Unauthorized());
        }

        if (OpenToAnyActivePerson)
        {
            return await next(message, cancellationToken);
        }

        var asked = false;
        foreach (var authorizer in authorizers)
        {
            asked = true;
            if (await authorizer.AuthorizeAsync(message, user, cancellationToken) is { } error)
            {
                return TResponse.Failure(error);
            }
        }

        if (!asked)
        {
            LogNoAuthorizer(typeof(TMessage).FullName);
            return TResponse.Failure(NoAuthorizer);
        }

        return await next(message, cancellationToken);
    }

    [LoggerMessage(LogLevel.Error, "{Request} has no authorizer and is not open to any active person: refused")]
    private partial void LogNoAuthorizer(string? request);
}
