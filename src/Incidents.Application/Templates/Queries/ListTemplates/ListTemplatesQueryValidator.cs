using FluentValidation;
using Incidents.Application.Common.Vocabulary;
using Incidents.Domain.Templates;

namespace Incidents.Application.Templates.Queries.ListTemplates;

public sealed class ListTemplatesQueryValidator : AbstractValidator<ListTemplatesQuery>
{
    public ListTemplatesQueryValidator()
    {
        RuleFor(q => q.Kind).InVocabulary<ListTemplatesQuery, TemplateKind>("Kind");
        RuleFor(q => q.Group)
            .MaximumLength(Template.GroupMaxLength)
            .WithMessage($"Group must be at most {Template.GroupMaxLength} characters.");
    }
}
