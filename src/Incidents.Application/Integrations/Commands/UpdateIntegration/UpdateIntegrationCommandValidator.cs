using FluentValidation;
using Incidents.Application.Integrations.Common;

namespace Incidents.Application.Integrations.Commands.UpdateIntegration;

public sealed class UpdateIntegrationCommandValidator : AbstractValidator<UpdateIntegrationCommand>
{
    public UpdateIntegrationCommandValidator()
    {
        IntegrationShapeRules.NameRule(RuleFor(c => c.Name));
        IntegrationShapeRules.RulesRule(RuleFor(c => c.Rules));
        RuleForEach(c => c.Rules).SetValidator(new AlertRuleInputValidator());
        RuleFor(c => c.Default).SetValidator(new AlertRuleInputValidator()!);
        IntegrationShapeRules.SecretRule(RuleFor(c => c.Secret));
    }
}
