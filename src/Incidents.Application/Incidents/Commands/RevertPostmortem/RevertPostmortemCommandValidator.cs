using FluentValidation;

namespace Incidents.Application.Incidents.Commands.RevertPostmortem;

public sealed class RevertPostmortemCommandValidator : AbstractValidator<RevertPostmortemCommand>
{
    public RevertPostmortemCommandValidator()
    {
        RuleFor(c => c.IncidentId)
            .Must(id => id is not null && id != Guid.Empty)
            .WithMessage("IncidentId is required.");
    }
}
