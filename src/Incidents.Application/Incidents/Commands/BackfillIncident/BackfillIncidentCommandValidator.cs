using FluentValidation;
using Incidents.Application.Common.Validation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Incidents.Commands.BackfillIncident;

/// <summary>The shape of a backfill; the rules between the times are the domain's (<see cref="BackfillRules"/>).</summary>
public sealed class BackfillIncidentCommandValidator : AbstractValidator<BackfillIncidentCommand>
{
    public BackfillIncidentCommandValidator()
    {
        RuleFor(c => c.Title)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Title is required.")
            .MaximumLength(Incident.TitleMaxLength)
            .WithMessage($"Title must be at most {Incident.TitleMaxLength} characters.");
        RuleFor(c => c.Impact).InVocabulary<BackfillIncidentCommand, IncidentImpact>("Impact");
        RuleFor(c => c.AffectedComponents).AtMostMaxComponents("AffectedComponents");
        RuleFor(c => c.StartedAt).NotNull().WithMessage("StartedAt is required.");
        RuleFor(c => c.ResolvedAt).NotNull().WithMessage("ResolvedAt is required.");
        RuleFor(c => c.Updates)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage(BackfillRules.NoUpdatesMessage)
            .Must(u => u!.Count <= Incident.BackfillMaxUpdates)
            .WithMessage(BackfillRules.TooManyUpdatesMessage);
        RuleForEach(c => c.Updates)
            .Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage("Each update needs a Status, a Description and an At time.")
            .Must(u => !string.IsNullOrWhiteSpace(u!.Status))
            .WithMessage("Each update needs a Status.")
            .Must(u => Vocabulary<IncidentStatus>.TryParse(u!.Status, out _))
            .WithMessage(
                $"Each update's Status must be one of: {Vocabulary<IncidentStatus>.AllowedValues}."
            )
            .Must(u => !string.IsNullOrWhiteSpace(u!.Description))
            .WithMessage("Each update needs a Description.")
            .Must(u => u!.Description!.Length <= Incident.DescriptionMaxLength)
            .WithMessage(
                $"Each update's Description must be at most {Incident.DescriptionMaxLength} characters."
            )
            .Must(u => u!.At is not null)
            .WithMessage("Each update needs an At time.");
    }
}
