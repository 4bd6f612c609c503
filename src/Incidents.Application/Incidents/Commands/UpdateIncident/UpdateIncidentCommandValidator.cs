using FluentValidation;
using Incidents.Application.Common.Validation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Incidents.Commands.UpdateIncident;

public sealed class UpdateIncidentCommandValidator : AbstractValidator<UpdateIncidentCommand>
{
    public UpdateIncidentCommandValidator()
    {
        RuleFor(c => c.IncidentId)
            .Must(id => id is not null && id != Guid.Empty)
            .WithMessage("IncidentId is required.");
        // With a template, a missing Description may come from it (the domain refuses it if not).
        RuleFor(c => c.Description)
            .NotEmpty()
            .WithMessage("Description is required.")
            .When(c => c.TemplateId is null);
        RuleFor(c => c.Description)
            .MaximumLength(Incident.DescriptionMaxLength)
            .WithMessage(
                $"Description must be at most {Incident.DescriptionMaxLength} characters."
            );
        RuleFor(c => c.Status).InVocabulary<UpdateIncidentCommand, IncidentStatus>("Status");
        RuleFor(c => c.Impact).InVocabulary<UpdateIncidentCommand, IncidentImpact>("Impact");
        RuleFor(c => c.AffectedComponents).AtMostMaxComponents("AffectedComponents");
    }
}
