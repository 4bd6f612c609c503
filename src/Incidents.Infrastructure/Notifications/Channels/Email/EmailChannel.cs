using Incidents.Domain.Subscribers;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Incidents.Infrastructure.Notifications.Channels.Email;

/// <summary>Sends mail over SMTP with MailKit (one connection per attempt: simple and robust for status mail volumes).</summary>
internal sealed class EmailChannel(
    IOptions<SmtpOptions> options,
    EmailMessageFactory messages,
    EmailBranding branding
) : INotificationChannel
{
    public SubscriberType Type => SubscriberType.Email;

    public async Task<ChannelResult> SendAsync(
        Subscriber subscriber,
        Delivery delivery,
        CancellationToken cancellationToken
    )
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            return ChannelResult.Failed("Email is not configured (Smtp:Host is empty).");
        }

        if (subscriber.Email is null)
        {
            return ChannelResult.Failed("Email subscriber has no address.");
        }

        var message = messages.Create(
            subscriber,
            delivery,
            smtp.From,
            await branding.FindAsync(delivery.Payload, cancellationToken)
        );
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
            return ChannelResult.Ok(250);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (SmtpCommandException e)
        {
            return ChannelResult.Failed(
                $"SMTP {(int)e.StatusCode}: {e.Message}",
                (int)e.StatusCode
            );
        }
        catch (Exception e)
            when (e
                    is ServiceNotConnectedException
                        or SmtpProtocolException
                        or IOException
                        or System.Net.Sockets.SocketException
                        or AuthenticationException
                        or SslHandshakeException
            )
        {
            return ChannelResult.Failed($"SMTP: {e.Message}");
        }
    }
}
