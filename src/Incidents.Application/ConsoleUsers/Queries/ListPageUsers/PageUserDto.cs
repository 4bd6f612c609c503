namespace Incidents.Application.ConsoleUsers.Queries.ListPageUsers;

/// <param name="Role">"Owner", or the role on the page.</param>
/// <param name="Invited">No password yet: the person has not accepted the invitation (or signs in by link only).</param>
public sealed record PageUserDto(Guid UserId, string Email, string Role, bool Invited);
