namespace Incidents.Domain.Subscribers;

public enum SubscriberType
{
    Email = 0,
    Webhook = 1,

    /// <summary>A Slack incoming webhook (https://hooks.slack.com/services/…).</summary>
    Slack = 2,

    /// <summary>A Microsoft Teams Workflows webhook ("When a Teams webhook request is received").</summary>
    Teams = 3,

    /// <summary>A Discord channel webhook (https://discord.com/api/webhooks/{id}/{token}).</summary>
    Discord = 4,
}
