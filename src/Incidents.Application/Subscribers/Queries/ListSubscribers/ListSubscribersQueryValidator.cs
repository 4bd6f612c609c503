using FluentValidation;
using Incidents.Application.Common.Validation;
using Incidents.Domain.Subscribers;

namespace Incidents.Application.Subscribers.Queries.ListSubscribers;

public sealed class ListSubscribersQueryValidator : AbstractValidator<ListSubscribersQuery>
{
    public ListSubscribersQueryValidator()
    {
        RuleFor(q => q.Page).ValidPage();
        RuleFor(q => q.PageSize).ValidPageSize();
        RuleFor(q => q.Search)
            .MaximumLength(Subscriber.UrlMaxLength)
            .WithMessage($"Search must be at most {Subscriber.UrlMaxLength} characters.");
    }
}
