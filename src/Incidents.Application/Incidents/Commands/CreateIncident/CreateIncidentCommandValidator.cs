using FluentValidation;
using Incidents.Application.Common.Validation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Incidents.Commands.CreateIncident;

public sealed class CreateIncidentCommandValidator : AbstractValidator<CreateIncidentCommand>
{
    /// <summary>Every status but Resolved: Investigating, Identified, Monitoring.</summary>
    public static readonly IReadOnlyList<IncidentStatus> OpeningStatuses =
    [
        .. Enum.GetValues<IncidentStatus>().Where(s => s != IncidentStatus.Resolved),
    ];

    public CreateIncidentCommandValidator()
    {
        // With a template, a missing Title or Description may come from it: the domain then
        // refuses what is still missing after the merge, with the same messages.
        RuleFor(c => c.Title)
            .NotEmpty()
            .WithMessage("Title is required.")
            .When(c => c.TemplateId is null);
        RuleFor(c => c.Title)
            .MaximumLength(Incident.TitleMaxLength)
            .WithMessage($"Title must be at most {Incident.TitleMaxLength} characters.");
        RuleFor(c => c.Description)
            .NotEmpty()
            .WithMessage("Description is required.")
            .When(c => c.TemplateId is null);
        RuleFor(c => c.Description)
            .MaximumLength(Incident.DescriptionMaxLength)
            .WithMessage(
                $"Description must be at most {Incident.DescriptionMaxLength} characters."
            );
        // Resolved, in any lenient spelling, gets its own answer (the domain's); any other unknown
        // word gets the list of the statuses an incident can be opened with.
        RuleFor(c => c.Status)
            .Cascade(CascadeMode.Stop)
            .Must(text => !IsResolved(text))
            .WithMessage("An incident cannot be opened as Resolved.")
            .InVocabulary<CreateIncidentCommand, IncidentStatus>("Status", OpeningStatuses);
        RuleFor(c => c.Impact).InVocabulary<CreateIncidentCommand, IncidentImpact>("Impact");
        RuleFor(c => c.AffectedComponents).AtMostMaxComponents("AffectedComponents");
        RuleFor(c => c.ExternalId)
            .MaximumLength(Incident.ExternalIdMaxLength)
            .WithMessage($"ExternalId must be at most {Incident.ExternalIdMaxLength} characters.");
    }

    private static bool IsResolved(string? text) =>
        Vocabulary<IncidentStatus>.TryParse(text, out var status)
        && status == IncidentStatus.Resolved;
}
