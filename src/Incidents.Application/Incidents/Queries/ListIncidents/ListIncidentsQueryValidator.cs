using FluentValidation;

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
        RuleFor(q => q.Page).Must(p => p is null or >= 1).WithMessage("Page must be at least 1.");
        RuleFor(q => q.PageSize)
            .Must(s => s is null or >= 1)
            .WithMessage("PageSize must be at least 1.");
    }
}
