using Incidents.Application.Pages.Common;
using Mediator;

namespace Incidents.Application.Pages.Commands.ChangePageAccess;

/// <summary>
/// Sets who may read a page: Visibility Public | Password | Restricted, a new shared Password
/// (null keeps the current one), AllowedSignIns (Restricted) and IpAllowList (CIDR ranges that read
/// a non-public page without signing in). <paramref name="PageSlug"/>: the page an operator names
/// (CLI); null for the caller's own page (admin API).
/// </summary>
public sealed record ChangePageAccessCommand(
    string? PageSlug,
    string? Visibility,
    string? Password,
    IReadOnlyList<string>? AllowedSignIns,
    IReadOnlyList<string>? IpAllowList
) : ICommand<PageAccessDto>;
