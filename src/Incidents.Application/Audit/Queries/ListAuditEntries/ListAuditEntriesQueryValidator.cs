using FluentValidation;

namespace Incidents.Application.Audit.Queries.ListAuditEntries;

public sealed class ListAuditEntriesQueryValidator : AbstractValidator<ListAuditEntriesQuery>
{
    /// <summary>Deep offsets cost a scan; 10 000 pages of 100 is far beyond any real trail review.</summary>
    public const int MaxPage = 10_000;

    public ListAuditEntriesQueryValidator()
    {
        RuleFor(q => q.Page)
            .Must(p => p is null or >= 1 and <= MaxPage)
            .WithMessage($"Page must be between 1 and {MaxPage}.");
        RuleFor(q => q.PageSize)
            .Must(s => s is null or >= 1)
            .WithMessage("PageSize must be at least 1.");
    }
}
