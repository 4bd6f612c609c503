using FluentValidation;
using Incidents.Application.Templates.Common;

namespace Incidents.Application.Templates.Commands.CreateTemplate;

public sealed class CreateTemplateCommandValidator : AbstractValidator<CreateTemplateCommand>
{
    public CreateTemplateCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("Name is required.");
        TemplateRules.Fields(
            this,
            c => c.Name,
            c => c.Group,
            c => c.Kind,
            c => c.Title,
            c => c.Description,
            c => c.Status,
            c => c.Impact,
            c => c.AffectedComponents
        );
    }
}
