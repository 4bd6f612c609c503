using Incidents.Application.ConsoleUsers.Queries.ListPageUsers;

namespace Incidents.Api.OperatorConsole.Models;

/// <param name="ActorIsOwner">Owners may also remove a person from the whole install.</param>
public sealed record UsersViewModel(
    ConsolePageAccess Access,
    IReadOnlyList<PageUserDto> Users,
    Guid ActorId,
    bool ActorIsOwner,
    InviteForm Invite,
    string? Message
);
