using Incidents.Application.Pages.Common;
using Mediator;

namespace Incidents.Application.Pages.Queries.GetPageAccessRules;

/// <summary>The access rules the public side checks for a page, or null for an unknown page.</summary>
public sealed record GetPageAccessRulesQuery(Guid PageId) : IQuery<PageAccessRules?>;
