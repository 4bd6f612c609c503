using System.Net;
using Incidents.Application.Pages.Common;
using Incidents.Infrastructure.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Incidents.Infrastructure.PageAccess;

/// <summary>
/// Mails a Restricted page's sign-in link at once over SMTP (MailKit), not through the outbox: the
/// link lives minutes and the visitor is waiting; a failed send is logged and the visitor asks again
/// (ADR 0122). The answer to the visitor never depends on the send.
/// </summary>
internal sealed partial class PageSignInLinks(
    PageAccessTokens tokens,
    IOptions<SmtpOptions> smtpOptions,
    IOptions<PageAccessOptions> accessOptions,
    ILogger<PageSignInLinks> logger
) : IPageSignInLinks
{
    public string CreateToken(Guid pageId, string email, int accessVersion) =>
        tokens.CreateLink(pageId, accessVersion, email);

    public async Task SendAsync(
        string email,
        string pageName,
        Uri link,
        CancellationToken cancellationToken
    )
    {
        var smtp = smtpOptions.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            LogNotConfigured(logger);
            return;
        }

        var minutes = (int)accessOptions.Value.SignInLinkLifetime.TotalMinutes;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(email));
        message.Subject = $"[{pageName}] Your sign-in link";
        var href = link.AbsoluteUri;
        message.Body = new BodyBuilder
        {
            TextBody =
                $"Open this link to read the status page {pageName} (it works for {minutes} minutes):\n{href}\n\nIf you did not ask for it, ignore this mail.\n",
            HtmlBody =
                $"<p>Open this link to read the status page {WebUtility.HtmlEncode(pageName)} (it works for {minutes} minutes):</p><p><a href=\"{WebUtility.HtmlEncode(href)}\">Sign in</a></p><p>If you did not ask for it, ignore this mail.</p>",
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
        Message = "A sign-in link was not mailed: Smtp:Host is not configured."
    )]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "A sign-in link could not be mailed ({Error})."
    )]
    private static partial void LogSendFailed(ILogger logger, string error);
}
