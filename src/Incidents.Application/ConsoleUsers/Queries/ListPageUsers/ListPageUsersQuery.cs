using Mediator;

namespace Incidents.Application.ConsoleUsers.Queries.ListPageUsers;

/// <summary>The people who can open the page: owners and everyone with a role on it.</summary>
public sealed record ListPageUsersQuery(string? PageSlug) : IQuery<IReadOnlyList<PageUserDto>>;
