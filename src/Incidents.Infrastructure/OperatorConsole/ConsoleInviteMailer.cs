using System.Net;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Infrastructure.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Incidents.Infrastructure.OperatorConsole;

/// <summary>
/// Mails a console invitation at once over SMTP (MailKit), as a Restricted page's sign-in link is
/// (ADR 0122): the Admin is waiting and re-inviting sends a fresh link, so the outbox's retries
/// would add nothing but a second live link. A failed send is logged; the invite itself stands.
/// </summary>
internal sealed partial class ConsoleInviteMailer(
    IOptions<SmtpOptions> smtpOptions,
    ILogger<ConsoleInviteMailer> logger
) : IConsoleInviteMailer
{
    public async Task SendAsync(
        string email,
        string pageName,
        string role,
        Uri link,
        bool oneTime,
        CancellationToken cancellationToken
    )
    {
        var smtp = smtpOptions.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            LogNotConfigured(logger);
            return;
        }

        var href = link.AbsoluteUri;
        var what = oneTime
            ? "Open this link within 24 hours to set your password and sign in (it works once):"
            : "Sign in to the console:";
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(email));
        message.Subject = $"[{pageName}] You are invited to the status console";
        message.Body = new BodyBuilder
        {
            TextBody =
                $"You have the role {role} on the status page {pageName}.\n{what}\n{href}\n\nIf you did not expect this, ignore this mail.\n",
            HtmlBody =
                $"<p>You have the role {WebUtility.HtmlEncode(role)} on the status page {WebUtility.HtmlEncode(pageName)}.</p><p>{WebUtility.HtmlEncode(what)}</p><p><a href=\"{WebUtility.HtmlEncode(href)}\">{(oneTime ? "Accept the invitation" : "Open the console")}</a></p><p>If you did not expect this, ignore this mail.</p>",
        }.ToMessageBody();

        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(
                smtp.Host,
                smtp.Port,
                Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true),
                cancellationToken
            );
            if (!string.IsNullOrEmpty(smtp.Username))
            {
                await client.AuthenticateAsync(
                    smtp.Username,
                    smtp.Password ?? string.Empty,
                    cancellationToken
                );
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSendFailed(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "A console invitation was not mailed: Smtp:Host is not configured."
    )]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "A console invitation could not be mailed ({Error})."
    )]
    private static partial void LogSendFailed(ILogger logger, string error);
}
