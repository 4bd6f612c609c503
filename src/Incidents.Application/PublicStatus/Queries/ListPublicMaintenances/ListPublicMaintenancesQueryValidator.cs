using FluentValidation;
using Incidents.Application.Common.Validation;

namespace Incidents.Application.PublicStatus.Queries.ListPublicMaintenances;

public sealed class ListPublicMaintenancesQueryValidator
    : AbstractValidator<ListPublicMaintenancesQuery>
{
    public ListPublicMaintenancesQueryValidator()
    {
        RuleFor(q => q.Status)
            .Must(s => ListPublicMaintenancesQueryHandler.TryParse(s, out _))
            .WithMessage("Status must be one of: upcoming, active, completed.");
        RuleFor(q => q.Page).ValidPage();
    }
}
