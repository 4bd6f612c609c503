using FluentValidation;
using Incidents.Application.Common.Validation;

namespace Incidents.Application.Subscribers.Queries.ListSubscribers;

public sealed class ListSubscribersQueryValidator : AbstractValidator<ListSubscribersQuery>
{
    public ListSubscribersQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
