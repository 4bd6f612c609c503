using System.Linq.Expressions;
using FluentValidation;
using Incidents.Application.Common.Validation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Incidents;
using Incidents.Domain.Templates;

namespace Incidents.Application.Templates.Common;

/// <summary>Shape rules shared by the template create and update commands.</summary>
public static class TemplateRules
{
    public static void Fields<T>(
        AbstractValidator<T> validator,
        Expression<Func<T, string?>> name,
        Expression<Func<T, string?>> group,
        Expression<Func<T, string?>> kind,
        Expression<Func<T, string?>> title,
        Expression<Func<T, string?>> description,
        Expression<Func<T, string?>> status,
        Expression<Func<T, string?>> impact,
        Expression<Func<T, IReadOnlyList<Guid>?>> affectedComponents
    )
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator
            .RuleFor(name)
            .MaximumLength(Template.NameMaxLength)
            .WithMessage($"Name must be at most {Template.NameMaxLength} characters.");
        validator
            .RuleFor(group)
            .MaximumLength(Template.GroupMaxLength)
            .WithMessage($"Group must be at most {Template.GroupMaxLength} characters.");
        validator.RuleFor(kind).InVocabulary<T, TemplateKind>("Kind");
        validator
            .RuleFor(title)
            .MaximumLength(Template.TitleMaxLength)
            .WithMessage($"Title must be at most {Template.TitleMaxLength} characters.");
        validator
            .RuleFor(description)
            .MaximumLength(Template.DescriptionMaxLength)
            .WithMessage(
                $"Description must be at most {Template.DescriptionMaxLength} characters."
            );
        validator.RuleFor(status).InVocabulary<T, IncidentStatus>("Status");
        validator.RuleFor(impact).InVocabulary<T, IncidentImpact>("Impact");
        validator.RuleFor(affectedComponents).AtMostMaxComponents("AffectedComponents");
    }
}
