using FluentValidation;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Incidents.Commands.ClearAlertedIncident;

public sealed class ClearAlertedIncidentCommandValidator
    : AbstractValidator<ClearAlertedIncidentCommand>
{
    public ClearAlertedIncidentCommandValidator() =>
        RuleFor(c => c.ExternalId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("ExternalId is required.")
            .MaximumLength(Incident.ExternalIdMaxLength)
            .WithMessage($"ExternalId must be at most {Incident.ExternalIdMaxLength} characters.");
}
