using FluentValidation;

namespace Incidents.Application.Incidents.Commands.DeleteIncident;

public sealed class DeleteIncidentCommandValidator : AbstractValidator<DeleteIncidentCommand>
{
    public DeleteIncidentCommandValidator()
    {
        RuleFor(c => c.IncidentId)
            .Must(id => id is not null && id != Guid.Empty)
            .WithMessage("IncidentId is required.");
    }
}
