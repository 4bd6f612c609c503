using FluentValidation;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Incidents.Commands.CorrectIncidentUpdate;

public sealed class CorrectIncidentUpdateCommandValidator
    : AbstractValidator<CorrectIncidentUpdateCommand>
{
    public CorrectIncidentUpdateCommandValidator()
    {
        RuleFor(c => c.IncidentId)
            .Must(id => id is not null && id != Guid.Empty)
            .WithMessage("IncidentId is required.");
        RuleFor(c => c.UpdateId)
            .Must(id => id is not null && id != Guid.Empty)
            .WithMessage("UpdateId is required.");
        RuleFor(c => c.Description)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Description is required.")
            .MaximumLength(Incident.DescriptionMaxLength)
            .WithMessage(
                $"Description must be at most {Incident.DescriptionMaxLength} characters."
            );
    }
}
