using FluentValidation;
using Incidents.Application.Components.Common;
using Incidents.Domain.Components;

namespace Incidents.Application.Components.Commands.SaveComponentGroup;

public sealed class SaveComponentGroupCommandValidator
    : AbstractValidator<SaveComponentGroupCommand>
{
    public const int MaxComponents = 500;
    public const string NoComponentsMessage =
        "A component group needs at least one component: here a group is the components in it.";

    public SaveComponentGroupCommandValidator()
    {
        RuleFor(c => c.Name)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .When(c => c.Group is null || c.Name is not null)
            .WithMessage("Name is required.");
        RuleFor(c => c.Name)
            .MaximumLength(Component.GroupMaxLength)
            .WithMessage($"Name must be at most {Component.GroupMaxLength} characters.");
        RuleFor(c => c.ComponentIds)
            .Must(ids => ids is { Count: > 0 })
            .When(c => c.Group is null || c.ComponentIds is not null)
            .WithMessage(NoComponentsMessage);
        RuleFor(c => c.ComponentIds)
            .Must(ids => ids is null || ids.Count <= MaxComponents)
            .WithMessage($"A component group can list at most {MaxComponents} components.");
        ComponentRules.DisplayOrder(RuleFor(c => c.DisplayOrder));
    }
}
