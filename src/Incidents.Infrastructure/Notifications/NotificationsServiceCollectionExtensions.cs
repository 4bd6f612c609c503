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
using Microsoft.Extensions.Http.Resilience;
using Polly;

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

        services
            .AddHttpClient(WebhookChannel.ClientName)
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() =>
                WebhookHttpHandler.Create(options.Webhooks.AllowPrivateNetworks)
            )
            .AddResilienceHandler(
                "webhook-attempt",
                pipeline =>
                {
                    // No retry strategy here: retries are the delivery schedule, persisted.
                    pipeline.AddCircuitBreaker(
                        new HttpCircuitBreakerStrategyOptions
                        {
                            FailureRatio = options.Webhooks.CircuitFailureRatio,
                            MinimumThroughput = options.Webhooks.CircuitMinimumThroughput,
                            SamplingDuration = options.Webhooks.CircuitSamplingDuration,
                            BreakDuration = options.Webhooks.CircuitBreakDuration,
                        }
                    );
                    pipeline.AddTimeout(options.Webhooks.AttemptTimeout);
                }
            )
            // One circuit breaker per receiver (subscriber), not per host: many subscribers share
            // hooks.slack.com or a customer's gateway, and one failing one must not hold the rest.
            .SelectPipelineBy(_ =>
                request =>
                    request.Options.TryGetValue(WebhookChannel.ReceiverKey, out var receiver)
                        ? receiver
                        : request.RequestUri?.Authority ?? string.Empty
            );

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
