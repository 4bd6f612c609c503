using FluentValidation;
using Incidents.Application.Common.Validation;

namespace Incidents.Application.Audit.Queries.ListAuditEntries;

public sealed class ListAuditEntriesQueryValidator : AbstractValidator<ListAuditEntriesQuery>
{
    /// <summary>Deep offsets cost a scan; 10 000 pages of 100 is far beyond any real trail review.</summary>
    public const int MaxPage = 10_000;

    public ListAuditEntriesQueryValidator()
    {
        RuleFor(q => q.Page)
            .ValidPage()
            .Must(p => p is null or <= MaxPage)
            .WithMessage($"Page must be at most {MaxPage}.");
        RuleFor(q => q.PageSize).ValidPageSize();
    }
}
