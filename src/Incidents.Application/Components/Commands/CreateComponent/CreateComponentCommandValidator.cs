using FluentValidation;
using Incidents.Application.Components.Common;

namespace Incidents.Application.Components.Commands.CreateComponent;

public sealed class CreateComponentCommandValidator : AbstractValidator<CreateComponentCommand>
{
    public CreateComponentCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Name is required.");
        ComponentRules.NameLength(RuleFor(c => c.Name));
        ComponentRules.DescriptionLength(RuleFor(c => c.Description));
        ComponentRules.GroupLength(RuleFor(c => c.Group));
        ComponentRules.DisplayOrder(RuleFor(c => c.DisplayOrder));
        ComponentRules.Status(RuleFor(c => c.Status));
    }
}
