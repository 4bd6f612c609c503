using Incidents.Application.Common.Exceptions;
using Incidents.Domain.Pages;

namespace Incidents.Application.Pages.Common;

/// <summary>How operator (CLI) commands find the page they name: by slug, the default page when none.</summary>
public static class OperatorPageLookup
{
    public static async Task<StatusPage> RequireBySlugAsync(
        this IStatusPageRepository pages,
        string? slug,
        CancellationToken cancellationToken
    ) =>
        await pages.GetBySlugAsync(slug ?? StatusPage.DefaultSlug, cancellationToken)
        ?? throw new InvalidRequestException($"Page '{slug}' not found.");
}
