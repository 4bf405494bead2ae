using DigitalWorkplace.BuildingBlocks.Results;
using Mediator;

namespace DigitalWorkplace.BuildingBlocks.Mediation;

/// <summary>Rejects a request with every field's error before its handler runs, so nothing is written.</summary>
public sealed class ValidationBehavior<TMessage, TResponse> : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IValidatable
    where TResponse : IResultFactory<TResponse>
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var validator = new Validator();
        message.Validate(validator);
        return validator.IsValid ? next(message, cancellationToken) : ValueTask.FromResult(TResponse.Failure(validator.ToError()));
    }
}
