using Incidents.Application.Common.Interfaces;
using Incidents.Application.Notifications.Common;
using Incidents.Application.Subscribers.Commands.Subscribe;
using Incidents.Application.Subscribers.Common;
using Incidents.Application.Subscribers.Queries;
using Incidents.Domain.Subscribers;
using Incidents.Infrastructure.Notifications.Channels;
using Incidents.Infrastructure.Notifications.Channels.Chat;
using Incidents.Infrastructure.Notifications.Channels.Discord;
using Incidents.Infrastructure.Notifications.Channels.Email;
using Incidents.Infrastructure.Notifications.Channels.Slack;
using Incidents.Infrastructure.Notifications.Channels.Teams;
using Incidents.Infrastructure.Notifications.Channels.Webhooks;
using Incidents.Infrastructure.Notifications.Deliveries;
using Incidents.Infrastructure.Notifications.Outbox;
using Incidents.Infrastructure.Notifications.Subscriptions;
using Incidents.Infrastructure.Persistence.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Infrastructure.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>Subscribers, the outbox dispatcher, the delivery sender and its channels.</summary>
    public static IServiceCollection AddNotifications(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var section = configuration.GetSection(NotificationOptions.SectionName);
        services.Configure<NotificationOptions>(section);
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.SectionName));
        var options = section.Get<NotificationOptions>() ?? new NotificationOptions();

        services.AddScoped<ISubscriberRepository, SubscriberRepository>();
        services.AddScoped<ISubscriberReadRepository, SubscriberReadRepository>();
        services.AddScoped<INotificationPageReader, NotificationPageReader>();
        services.AddScoped<SubscriberComponentGuard>();
        services.AddScoped<NotificationFanOut>();
        services.AddScoped<IncidentFollowers>();
        services.AddSingleton<ISubscriptionRateLimiter, SubscriptionRateLimiter>();
        services.AddSingleton<NotificationSignals>();
        services.AddSingleton<NotificationLinks>();
        services.AddSingleton<IDomainEventsCommittedListener, OutboxCommittedListener>();

        // Channels: one folder and one line each.
        services.AddSingleton<INotificationChannel, WebhookChannel>();
        services.AddSingleton<EmailMessageFactory>();
        services.AddSingleton<EmailBranding>();
        services.AddSingleton<INotificationChannel, EmailChannel>();
        services.AddSingleton<ChatHttp>();
        services.AddSingleton<INotificationChannel, SlackChannel>();
        services.AddSingleton<INotificationChannel, TeamsChannel>();
        services.AddSingleton<INotificationChannel, DiscordChannel>();
        services.AddSingleton<IChatDestinationPolicy>(
            new ChatDestinationPolicy(options.Webhooks.AllowPrivateNetworks)
        );

        services.AddSingleton<ReceiverPipelines>();
        services.AddTransient<ReceiverResilienceHandler>();
        services
            .AddHttpClient(WebhookChannel.ClientName)
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() =>
                WebhookHttpHandler.Create(options.Webhooks.AllowPrivateNetworks)
            )
            // Per-receiver circuit breaker and attempt timeout (ADR 0105).
            .AddHttpMessageHandler<ReceiverResilienceHandler>()
            // IHttpClientFactory's own request logs are four Information lines per request:
            // 40,000 for one incident on a page of 10,000 webhooks. Each outcome is recorded on
            // its delivery (status, error, attempts) and in the delivery metrics instead.
            .RemoveAllLoggers();

        // Closed unless this instance's sender runs: then nothing is leased to it.
        services.AddSingleton<DeliveryHandover>();
        if (options.Workers.Enabled)
        {
            services.AddSingleton<OutboxDispatcher>();
            services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
            services.AddSingleton<DeliverySender>();
            services.AddHostedService(sp => sp.GetRequiredService<DeliverySender>());
        }

        return services;
    }
}
