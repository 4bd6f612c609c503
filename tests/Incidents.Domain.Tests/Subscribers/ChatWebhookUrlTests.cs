using Incidents.Domain.Common;
using Incidents.Domain.Subscribers;

namespace Incidents.Domain.Tests.Subscribers;

public class ChatWebhookUrlTests
{
    [Theory]
    [InlineData(SubscriberType.Slack, "https://hooks.slack.com/services/T000/B000/XXXX")]
    [InlineData(SubscriberType.Discord, "https://discord.com/api/webhooks/123/abc")]
    [InlineData(SubscriberType.Discord, "https://discordapp.com/api/v10/webhooks/123/abc")]
    [InlineData(
        SubscriberType.Teams,
        "https://prod-01.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sig=x"
    )]
    [InlineData(
        SubscriberType.Teams,
        "https://default.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=x"
    )]
    public void Validate_PlatformUrls_AreAccepted(SubscriberType type, string url) =>
        Assert.Equal(
            new Uri(url).AbsoluteUri,
            ChatWebhookUrl.Validate(type, new Uri(url), anyHost: false)
        );

    [Theory]
    [InlineData(SubscriberType.Slack, "http://hooks.slack.com/services/T000/B000/XXXX")]
    [InlineData(SubscriberType.Slack, "https://hooks.slack.com/triggers/T000/1/x")]
    [InlineData(SubscriberType.Slack, "https://evil.example.com/services/T/B/X")]
    [InlineData(SubscriberType.Discord, "https://discord.com.evil.example/api/webhooks/1/a")]
    [InlineData(SubscriberType.Teams, "https://example.webhook.office.com/webhookb2/abc")]
    [InlineData(SubscriberType.Teams, "https://127.0.0.1/workflows/abc")]
    public void Validate_OtherHostsOrPlainHttp_AreRefused(SubscriberType type, string url) =>
        Assert.Throws<DomainException>(() =>
            ChatWebhookUrl.Validate(type, new Uri(url), anyHost: false)
        );

    [Fact]
    public void Validate_WhenAnyHostIsAllowed_TakesALoopbackUrl() =>
        Assert.Equal(
            "http://127.0.0.1:5000/slack/x",
            ChatWebhookUrl.Validate(
                SubscriberType.Slack,
                new Uri("http://127.0.0.1:5000/slack/x"),
                anyHost: true
            )
        );

    [Fact]
    public void CreateChat_HasNoSecretAndIsActive()
    {
        var subscriber = Subscriber.CreateChat(
            Guid.NewGuid(),
            SubscriberType.Discord,
            new Uri("https://discord.com/api/webhooks/1/a"),
            null,
            null,
            anyHost: false,
            DateTimeOffset.UnixEpoch
        );

        Assert.Null(subscriber.Secret);
        Assert.True(subscriber.IsActive);
        Assert.Throws<DomainException>(() => subscriber.RotateSecret());
    }
}
