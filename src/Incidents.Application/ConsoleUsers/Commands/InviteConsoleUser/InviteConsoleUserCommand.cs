using Incidents.Application.Audit.Common;
using Incidents.Application.ConsoleUsers.Common;
using Mediator;

namespace Incidents.Application.ConsoleUsers.Commands.InviteConsoleUser;

/// <summary>
/// Gives <paramref name="Email"/> the role on the page and mails them: a one-time link (24 h) to
/// set a password and sign in when they have no password yet — a new invite replaces the old
/// link —, else a link to the console.
/// </summary>
/// <param name="InviteLinkBase">Absolute URL of the console's invite page; the user id and token are appended.</param>
/// <param name="ConsoleLink">Absolute URL of the page's console, for people who can sign in already.</param>
public sealed record InviteConsoleUserCommand(
    string? PageSlug,
    string? Email,
    string? Role,
    ConsoleActor Actor,
    string InviteLinkBase,
    string ConsoleLink
) : ICommand<InvitedConsoleUser>, IAuditedByHandler;
