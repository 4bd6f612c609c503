using FluentValidation;
using Incidents.Application.Common.Validation;

namespace Incidents.Application.Maintenances.Queries.ListMaintenances;

public sealed class ListMaintenancesQueryValidator : AbstractValidator<ListMaintenancesQuery>
{
    public ListMaintenancesQueryValidator()
    {
        RuleFor(q => q.Status)
            .Must(s => string.IsNullOrEmpty(s) || ListMaintenancesQueryHandler.TryParse(s, out _))
            .WithMessage("Status must be one of: upcoming, active, completed, cancelled, all.");
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
