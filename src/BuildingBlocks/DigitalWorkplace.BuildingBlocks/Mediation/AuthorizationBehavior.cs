using DigitalWorkplace.BuildingBlocks.Results;
using DigitalWorkplace.BuildingBlocks.Security;
using Mediator;

namespace DigitalWorkplace.BuildingBlocks.Mediation;

/// <summary>A request only a signed-in person may send; its <see cref="IAuthorizer{TMessage}"/>s decide the rest.</summary>
public interface IAuthorizedRequest;

/// <summary>Answers "may the current person send this request?" by asking the owning module's policy service.</summary>
public interface IAuthorizer<in TMessage>
{
    ValueTask<Error?> AuthorizeAsync(TMessage message, ICurrentUser user, CancellationToken cancellationToken);
}

/// <summary>Deny by default: anonymous callers get 401, and any authorizer's refusal stops the request.</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentUser user, IEnumerable<IAuthorizer<TMessage>> authorizers)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IAuthorizedRequest
    where TResponse : IResultFactory<TResponse>
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!user.IsAuthenticated)
        {
            return TResponse.Failure(Error.Unauthorized());
        }

        foreach (var authorizer in authorizers)
        {
            if (await authorizer.AuthorizeAsync(message, user, cancellationToken) is { } error)
            {
                return TResponse.Failure(error);
            }
        }

        return await next(message, cancellationToken);
    }
}
