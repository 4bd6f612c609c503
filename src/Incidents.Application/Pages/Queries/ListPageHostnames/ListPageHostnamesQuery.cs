using Mediator;

namespace Incidents.Application.Pages.Queries.ListPageHostnames;

/// <summary>The page's hostnames in order (page as in AddPageHostnameCommand).</summary>
public sealed record ListPageHostnamesQuery(string? PageSlug) : IQuery<IReadOnlyList<string>>;
