namespace Incidents.Application.ConsoleUsers.Common;

public sealed record ConsoleUserSummary(Guid Id, string Email, bool IsOwner, bool HasPassword);
