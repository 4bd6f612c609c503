using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Notifications;

/// <summary>A database of one provider, a webhook sink, an SMTP server, and one service instance with workers.</summary>
public class NotificationsFixture<TDatabase> : IAsyncLifetime
    where TDatabase : IncidentsApiFactory, new()
{
    public TDatabase Database { get; } = new();

    public WebhookSink Sink { get; private set; } = null!;

    public SmtpSink Smtp { get; private set; } = null!;

    public NotificationsHost Host { get; private set; } = null!;

    public string? SkipReason => Database.SkipReason;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        Sink = await WebhookSink.StartAsync();
        Smtp = SmtpSink.Start();
        if (SkipReason is null)
        {
            Host = NotificationsHost.Create(Database, Smtp);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        await Sink.DisposeAsync();
        await Smtp.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
