using FluentValidation;
using Incidents.Application.Common.Models;

namespace Incidents.Application.Common.Validation;

/// <summary>
/// The paging rules of every paged admin list (Incident, Audit, Subscriber, Deliveries): page and
/// pageSize are optional and at least 1; a pageSize above <see cref="Paging.MaxPageSize"/> is not
/// refused but served as that many (<see cref="Paging.Size"/>).
/// </summary>
public static class PagingRuleExtensions
{
    public static IRuleBuilderOptions<T, int?> ValidPage<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(p => p is null or >= 1).WithMessage("Page must be at least 1.");

    public static IRuleBuilderOptions<T, int?> ValidPageSize<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(s => s is null or >= 1).WithMessage("PageSize must be at least 1.");
}
