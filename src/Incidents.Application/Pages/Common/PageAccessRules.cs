using Incidents.Domain.Pages;

namespace Incidents.Application.Pages.Common;

/// <summary>What the public side checks before serving a page (kept in memory per page by the Api).</summary>
public sealed record PageAccessRules(
    Guid PageId,
    string Slug,
    PageVisibility Visibility,
    IReadOnlyList<string> IpAllowList,
    string? FeedTokenHash,
    int AccessVersion
)
{
    public bool IsPublic => Visibility == PageVisibility.Public;
}
