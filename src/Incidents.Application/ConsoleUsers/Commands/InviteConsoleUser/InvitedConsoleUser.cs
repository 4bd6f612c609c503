namespace Incidents.Application.ConsoleUsers.Commands.InviteConsoleUser;

/// <param name="OneTimeLink">Whether the mail carried a one-time link (the person has no password yet).</param>
public sealed record InvitedConsoleUser(Guid UserId, bool Created, bool OneTimeLink);
