using FluentValidation;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Incidents.Commands.ResolveIncident;

public sealed class ResolveIncidentCommandValidator : AbstractValidator<ResolveIncidentCommand>
{
    public ResolveIncidentCommandValidator()
    {
        RuleFor(c => c.IncidentId)
            .Must(id => id is not null && id != Guid.Empty)
            .WithMessage("IncidentId is required.");
        RuleFor(c => c.Description)
            .MaximumLength(Incident.DescriptionMaxLength)
            .WithMessage(
                $"Description must be at most {Incident.DescriptionMaxLength} characters."
            );
    }
}
