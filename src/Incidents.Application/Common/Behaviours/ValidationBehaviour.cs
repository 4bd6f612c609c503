using FluentValidation;
using Incidents.Application.Common.Exceptions;
using Mediator;

namespace Incidents.Application.Common.Behaviours;

/// <summary>Checks the shape of every message with its FluentValidation validators before the handler runs.</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(
    IEnumerable<IValidator<TMessage>> validators
) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken
    )
    {
        var errors = new List<string>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            errors.AddRange(result.Errors.Select(e => e.ErrorMessage));
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }

        return await next(message, cancellationToken);
    }
}
