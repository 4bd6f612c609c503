using Mediator;

namespace Incidents.Application.Pages.Commands.ChangePageTimeZone;

/// <summary>
/// Sets the IANA time zone a page shows maintenance windows in (pages, emails) — operator CLI.
/// Returns the stored zone.
/// </summary>
public sealed record ChangePageTimeZoneCommand(string? PageSlug, string? TimeZone)
    : ICommand<string>;
