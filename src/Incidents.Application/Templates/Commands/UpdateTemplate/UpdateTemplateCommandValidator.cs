using FluentValidation;
using Incidents.Application.Templates.Common;

namespace Incidents.Application.Templates.Commands.UpdateTemplate;

public sealed class UpdateTemplateCommandValidator : AbstractValidator<UpdateTemplateCommand>
{
    public UpdateTemplateCommandValidator()
    {
        RuleFor(c => c.TemplateId)
            .Must(id => id is not null && id != Guid.Empty)
            .WithMessage("TemplateId is required.");
        RuleFor(c => c.Name)
            .Must(name => name is null || !string.IsNullOrWhiteSpace(name))
            .WithMessage("Name is required.");
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
