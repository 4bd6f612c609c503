using FluentValidation;
using Incidents.Application.Common.Validation;

namespace Incidents.Application.Subscribers.Queries.ListDeliveries;

public sealed class ListDeliveriesQueryValidator : AbstractValidator<ListDeliveriesQuery>
{
    public ListDeliveriesQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
