using FluentValidation;

namespace Incidents.Application.Incidents.Commands.PublishPostmortem;

public sealed class PublishPostmortemCommandValidator : AbstractValidator<PublishPostmortemCommand>
{
    public PublishPostmortemCommandValidator()
    {
        RuleFor(c => c.IncidentId)
            .Must(id => id is not null && id != Guid.Empty)
            .WithMessage("IncidentId is required.");
    }
}
