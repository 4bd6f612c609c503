using FluentValidation;
using FluentValidation.Validators;
using Incidents.Application.Incidents.Commands.CreateIncident;
using Incidents.Application.Subscribers.Commands.CreateSubscriber;

namespace Incidents.Application.Tests.Common;

/// <summary>
/// Every rule of every validator in Application answers in the project's words ("Title is
/// required.", "Email must be at most 254 characters."), never FluentValidation's default
/// wording ("The length of 'Email' must be 254 characters or fewer.").
/// </summary>
public class ValidatorMessagesTests
{
    public static TheoryData<Type> Validators() =>
        new(
            AssemblyScanner
                .FindValidatorsInAssembly(
                    typeof(Application.DependencyInjection).Assembly,
                    includeInternalTypes: true
                )
                .Select(v => v.ValidatorType)
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
        );

    [Theory]
    [MemberData(nameof(Validators))]
    public void Validator_EveryRule_HasACustomMessage(Type validatorType)
    {
        var validator = (IValidator)Activator.CreateInstance(validatorType)!;

        var defaults = validator
            .CreateDescriptor()
            .Rules.SelectMany(rule =>
                rule.Components.Select(component => (rule.PropertyName, component))
            )
            // A child validator (SetValidator) has no message of its own: its rules are checked
            // here as a validator of their own (e.g. AlertRuleInputValidator).
            .Where(r => r.component.Validator is not IChildValidatorAdaptor)
            .Where(r =>
                r.component.GetUnformattedErrorMessage()
                == r.component.Validator.GetDefaultMessageTemplate(r.component.ErrorCode)
            )
            .Select(r => $"{r.PropertyName}: {r.component.Validator.Name}")
            .ToList();

        Assert.Empty(defaults);
    }

    [Fact]
    public void Validators_WhenScanned_IncludeTheUseCaseValidators()
    {
        var found = Validators().Select(row => row.Data).ToList();

        Assert.Contains(typeof(CreateIncidentCommandValidator), found);
        Assert.Contains(typeof(CreateSubscriberCommandValidator), found);
        Assert.True(found.Count >= 12, $"only {found.Count} validators found");
    }
}
