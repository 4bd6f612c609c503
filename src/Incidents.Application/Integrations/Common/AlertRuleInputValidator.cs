using FluentValidation;
using Incidents.Application.Common.Validation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Incidents;

namespace Incidents.Application.Integrations.Common;

public sealed class AlertRuleInputValidator : AbstractValidator<AlertRuleInput>
{
    public const int MaxMatchLabels = 20;
    public const int MaxLabelLength = 200;

    public AlertRuleInputValidator()
    {
        RuleFor(r => r.Match)
            .Must(m => m is null || m.Count <= MaxMatchLabels)
            .WithMessage($"Match may name at most {MaxMatchLabels} labels.")
            .Must(m =>
                m is null
                || m.All(p =>
                    !string.IsNullOrWhiteSpace(p.Key)
                    && p.Key.Length <= MaxLabelLength
                    && p.Value is not null
                    && p.Value.Length <= MaxLabelLength
                )
            )
            .WithMessage(
                $"Match labels need a name and a value, each at most {MaxLabelLength} characters."
            );
        RuleFor(r => r.Components).AtMostMaxComponents("Components");
        RuleFor(r => r.Impact)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Impact is required.")
            .InVocabulary<AlertRuleInput, IncidentImpact>("Impact");
        RuleFor(r => r.TitleTemplate)
            .MaximumLength(Incident.TitleMaxLength)
            .WithMessage($"TitleTemplate must be at most {Incident.TitleMaxLength} characters.");
    }
}
