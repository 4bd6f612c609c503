using Incidents.Application.Pages.Common;
using Mediator;

namespace Incidents.Application.Pages.Queries.GetPageAccess;

/// <summary>Who may read the page (never the password or the feed token). Null slug: the caller's page.</summary>
public sealed record GetPageAccessQuery(string? PageSlug) : IQuery<PageAccessDto>;
