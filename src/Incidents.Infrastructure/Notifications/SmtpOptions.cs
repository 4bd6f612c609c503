namespace Incidents.Infrastructure.Notifications;

/// <summary>Configuration section <c>Smtp</c>.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    /// <summary>No host means email is not configured: email deliveries fail (and retry) with that error.</summary>
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Status <status@localhost>";

    /// <summary>MailKit's SecureSocketOptions: None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
