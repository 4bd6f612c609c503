using FluentValidation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Incidents.Commands.CreateIncident;

public sealed class CreateIncidentCommandValidator : AbstractValidator<CreateIncidentCommand>
{
    public const int MaxAffectedComponents = 100;

    public CreateIncidentCommandValidator()
    {
        RuleFor(c => c.Title)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Title is required.")
            .MaximumLength(Incident.TitleMaxLength)
            .WithMessage($"Title must be at most {Incident.TitleMaxLength} characters.");
        RuleFor(c => c.Description)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Description is required.")
            .MaximumLength(Incident.DescriptionMaxLength)
            .WithMessage(
                $"Description must be at most {Incident.DescriptionMaxLength} characters."
            );
        RuleFor(c => c.Status)
            .InVocabulary<CreateIncidentCommand, IncidentStatus>("Status")
            .NotEqual("Resolved", StringComparer.OrdinalIgnoreCase)
            .WithMessage("An incident cannot be opened as Resolved.");
        RuleFor(c => c.Impact).InVocabulary<CreateIncidentCommand, IncidentImpact>("Impact");
        RuleFor(c => c.AffectedComponents)
            .Must(ids => ids is null || ids.Count <= MaxAffectedComponents)
            .WithMessage(
                $"AffectedComponents may list at most {MaxAffectedComponents} components."
            );
        RuleFor(c => c.ExternalId)
            .MaximumLength(Incident.ExternalIdMaxLength)
            .WithMessage($"ExternalId must be at most {Incident.ExternalIdMaxLength} characters.");
    }
}
