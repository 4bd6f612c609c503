using FluentValidation;
using Incidents.Application.Common.Validation;

namespace Incidents.Application.Incidents.Queries.ListIncidents;

public sealed class ListIncidentsQueryValidator : AbstractValidator<ListIncidentsQuery>
{
    private static readonly string[] Statuses = ["open", "resolved", "all"];

    public ListIncidentsQueryValidator()
    {
        RuleFor(q => q.Status)
            .Must(s =>
                string.IsNullOrEmpty(s) || Statuses.Contains(s, StringComparer.OrdinalIgnoreCase)
            )
            .WithMessage("Status must be one of: open, resolved, all.");
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
