using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Pages;

namespace Incidents.Application.Pages.Common;

/// <summary>
/// Which page a hostname command acts on: the page an operator names (CLI), or the caller's own
/// page when none is named (admin API) — an API key never reaches another page.
/// </summary>
internal static class PageHostnameTarget
{
    public static async Task<StatusPage> ResolveAsync(
        IStatusPageRepository pages,
        ICurrentCaller caller,
        string? pageSlug,
        CancellationToken cancellationToken
    ) =>
        pageSlug is null
            ? await pages.GetByIdAsync(caller.PageId, cancellationToken)
                ?? throw new InvalidOperationException("The caller's page does not exist.")
            : await pages.RequireBySlugAsync(pageSlug, cancellationToken);
}
