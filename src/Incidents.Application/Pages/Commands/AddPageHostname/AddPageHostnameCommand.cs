using Mediator;

namespace Incidents.Application.Pages.Commands.AddPageHostname;

/// <summary>
/// Serves a page at the root of <paramref name="Hostname"/>. <paramref name="PageSlug"/>: the page
/// an operator names (CLI); null for the caller's own page (admin API). Returns the page's hostnames.
/// </summary>
public sealed record AddPageHostnameCommand(string? PageSlug, string? Hostname)
    : ICommand<IReadOnlyList<string>>;
