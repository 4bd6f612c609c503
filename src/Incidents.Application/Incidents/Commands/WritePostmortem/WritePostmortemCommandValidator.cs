using FluentValidation;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Incidents.Commands.WritePostmortem;

public sealed class WritePostmortemCommandValidator : AbstractValidator<WritePostmortemCommand>
{
    public WritePostmortemCommandValidator()
    {
        RuleFor(c => c.IncidentId)
            .Must(id => id is not null && id != Guid.Empty)
            .WithMessage("IncidentId is required.");
        RuleFor(c => c.Body)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Body is required.")
            .MaximumLength(Incident.PostmortemMaxLength)
            .WithMessage($"Body must be at most {Incident.PostmortemMaxLength} characters.");
    }
}
