using FluentValidation;
using Incidents.Application.Components.Common;

namespace Incidents.Application.Components.Commands.UpdateComponent;

public sealed class UpdateComponentCommandValidator : AbstractValidator<UpdateComponentCommand>
{
    public UpdateComponentCommandValidator()
    {
        RuleFor(c => c.ComponentId)
            .Must(id => id is not null && id != Guid.Empty)
            .WithMessage("ComponentId is required.");
        RuleFor(c => c.Name)
            .Must(n => n is null || !string.IsNullOrWhiteSpace(n))
            .WithMessage("Name cannot be empty.");
        ComponentRules.NameLength(RuleFor(c => c.Name));
        ComponentRules.DescriptionLength(RuleFor(c => c.Description));
        ComponentRules.GroupLength(RuleFor(c => c.Group));
        ComponentRules.DisplayOrder(RuleFor(c => c.DisplayOrder));
        ComponentRules.Status(RuleFor(c => c.Status));
    }
}
