using Mediator;

namespace Incidents.Application.Pages.Commands.RemovePageHostname;

/// <summary>Stops serving a page at <paramref name="Hostname"/> (page as in AddPageHostnameCommand).</summary>
public sealed record RemovePageHostnameCommand(string? PageSlug, string? Hostname)
    : ICommand<IReadOnlyList<string>>;
