namespace Incidents.Application.ConsoleUsers.Common;

/// <summary>Mails an invitation to the console: with a one-time link for someone without a password, or a plain link to the console.</summary>
public interface IConsoleInviteMailer
{
    Task SendAsync(
        string email,
        string pageName,
        string role,
        Uri link,
        bool oneTime,
        CancellationToken cancellationToken
    );
}
