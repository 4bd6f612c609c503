using FluentValidation;

namespace Incidents.Application.Components.Commands.DeleteComponentGroup;

public sealed class DeleteComponentGroupCommandValidator
    : AbstractValidator<DeleteComponentGroupCommand>
{
    public DeleteComponentGroupCommandValidator()
    {
        RuleFor(c => c.Group).NotEmpty().WithMessage("Group is required.");
    }
}
