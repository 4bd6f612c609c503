using FluentValidation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Application.Integrations.Common;
using Incidents.Domain.Integrations;

namespace Incidents.Application.Integrations.Commands.CreateIntegration;

public sealed class CreateIntegrationCommandValidator : AbstractValidator<CreateIntegrationCommand>
{
    public CreateIntegrationCommandValidator()
    {
        RuleFor(c => c.Type)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage("Type is required (Alertmanager or Grafana).")
            .InVocabulary<CreateIntegrationCommand, IntegrationType>("Type");
        IntegrationShapeRules.NameRule(RuleFor(c => c.Name));
        IntegrationShapeRules.RulesRule(RuleFor(c => c.Rules));
        RuleForEach(c => c.Rules).SetValidator(new AlertRuleInputValidator());
        RuleFor(c => c.Default).SetValidator(new AlertRuleInputValidator()!);
        IntegrationShapeRules.SecretRule(RuleFor(c => c.Secret));
        RuleFor(c => c.Secret)
            .Must(
                (c, s) =>
                    s is null
                    || (
                        Vocabulary<IntegrationType>.TryParse(c.Type, out var type)
                        && type == IntegrationType.Grafana
                    )
            )
            .WithMessage("Only a Grafana integration takes a Secret.");
    }
}
