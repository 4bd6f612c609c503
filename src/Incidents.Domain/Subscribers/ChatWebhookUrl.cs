using Incidents.Domain.Common;

namespace Incidents.Domain.Subscribers;

/// <summary>
/// Which URLs a chat subscriber may have: https on its platform's webhook hosts. A deployment
/// that allows private networks (tests, self-hosted relays) may use any http(s) URL.
/// </summary>
public static class ChatWebhookUrl
{
    public static bool IsChat(SubscriberType type) =>
        type is SubscriberType.Slack or SubscriberType.Teams or SubscriberType.Discord;

    public static string Validate(SubscriberType type, Uri url, bool anyHost)
    {
        var text = Subscriber.ValidWebhookUrl(url);
        if (anyHost)
        {
            return text;
        }

        if (url.Scheme != Uri.UriSchemeHttps)
        {
            throw new DomainException($"Url must be an https URL for a {type} subscriber.");
        }

        var host = url.IdnHost.ToLowerInvariant();
        var path = url.AbsolutePath;
        var valid = type switch
        {
            SubscriberType.Slack => host == "hooks.slack.com"
                && path.StartsWith("/services/", StringComparison.Ordinal),
            SubscriberType.Discord => host
                is "discord.com"
                    or "discordapp.com"
                    or "ptb.discord.com"
                    or "canary.discord.com"
                && path.Contains("/webhooks/", StringComparison.Ordinal)
                && path.StartsWith("/api/", StringComparison.Ordinal),
            SubscriberType.Teams => (
                host.EndsWith(".logic.azure.com", StringComparison.Ordinal)
                || host.EndsWith(".api.powerplatform.com", StringComparison.Ordinal)
            ) && path.Contains("/workflows/", StringComparison.Ordinal),
            _ => false,
        };
        if (
            type == SubscriberType.Teams
            && host.EndsWith(".webhook.office.com", StringComparison.Ordinal)
        )
        {
            throw new DomainException(
                "Office 365 connector webhooks are retired: create a Teams Workflows webhook (\"When a Teams webhook request is received\") and use its URL."
            );
        }

        return valid ? text : throw new DomainException(ExpectedMessage(type));
    }

    private static string ExpectedMessage(SubscriberType type) =>
        type switch
        {
            SubscriberType.Slack =>
                "Url must be a Slack incoming webhook URL (https://hooks.slack.com/services/…).",
            SubscriberType.Discord =>
                "Url must be a Discord webhook URL (https://discord.com/api/webhooks/…).",
            _ =>
                "Url must be a Teams Workflows webhook URL (https://….logic.azure.com/workflows/… or https://….api.powerplatform.com/…/workflows/…).",
        };
}
