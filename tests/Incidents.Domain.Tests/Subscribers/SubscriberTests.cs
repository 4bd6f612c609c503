using Incidents.Domain.Common;
using Incidents.Domain.Subscribers;

namespace Incidents.Domain.Tests.Subscribers;

public sealed class SubscriberTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid PageId = Guid.NewGuid();

    [Theory]
    [InlineData("ftp://hooks.example.com/x", "http or https")]
    [InlineData("file:///etc/passwd", "http or https")]
    [InlineData("https://user:pass@hooks.example.com/x", "credentials")]
    [InlineData("https://token@hooks.example.com/x", "credentials")]
    public void CreateWebhook_WithUnsafeUrl_Throws(string url, string reason)
    {
        var error = Assert.Throws<DomainException>(() =>
            Subscriber.CreateWebhook(PageId, new Uri(url), null, null, Now)
        );

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateWebhook_GeneratesStandardWebhooksSecret_AndRotateReplacesIt()
    {
        var subscriber = Subscriber.CreateWebhook(
            PageId,
            new Uri("https://hooks.example.com/x"),
            null,
            null,
            Now
        );
        var first = subscriber.Secret!;

        var second = subscriber.RotateSecret();

        Assert.StartsWith("whsec_", first, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(first["whsec_".Length..]).Length);
        Assert.NotEqual(first, second);
        Assert.Equal(second, subscriber.Secret);
    }

    [Fact]
    public void RotateSecret_OnEmailSubscriber_Throws() =>
        Assert.Throws<DomainException>(() => Email(confirmed: true).RotateSecret());

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("")]
    [InlineData("a@b@c")]
    public void CreateEmail_WithInvalidAddress_Throws(string email) =>
        Assert.Throws<DomainException>(() =>
            Subscriber.CreateEmail(PageId, email, null, null, true, Now)
        );

    [Fact]
    public void CreateEmail_NormalisesAddressToLowerCase() =>
        Assert.Equal(
            "ops@example.test",
            Subscriber.CreateEmail(PageId, " Ops@Example.TEST ", null, null, true, Now).Email
        );

    [Fact]
    public void Create_WithUnknownEventType_Throws()
    {
        var error = Assert.Throws<DomainException>(() =>
            Subscriber.CreateWebhook(
                PageId,
                new Uri("https://hooks.example.com/x"),
                null,
                ["incident.exploded"],
                Now
            )
        );

        Assert.Contains("incident.exploded", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_WhenUnconfirmedOrDisabled_IsFalse()
    {
        var unconfirmed = Email(confirmed: false);
        var disabled = Email(confirmed: true);
        disabled.Disable("410 Gone", Now);

        Assert.False(unconfirmed.Matches(NotificationEventTypes.IncidentCreated, []));
        Assert.False(disabled.Matches(NotificationEventTypes.IncidentCreated, []));
        unconfirmed.Confirm();
        Assert.True(unconfirmed.Matches(NotificationEventTypes.IncidentCreated, []));
    }

    [Fact]
    public void Matches_AppliesComponentAndEventFilters()
    {
        var api = Guid.NewGuid();
        var web = Guid.NewGuid();
        var subscriber = Subscriber.CreateWebhook(
            PageId,
            new Uri("https://hooks.example.com/x"),
            [api],
            [NotificationEventTypes.IncidentResolved],
            Now
        );

        Assert.True(subscriber.Matches(NotificationEventTypes.IncidentResolved, [api, web]));
        Assert.False(subscriber.Matches(NotificationEventTypes.IncidentResolved, [web]));
        Assert.False(subscriber.Matches(NotificationEventTypes.IncidentCreated, [api]));
        Assert.True(subscriber.Matches(NotificationEventTypes.IncidentResolved, []));
    }

    [Fact]
    public void Matches_IncidentDeleted_OnlyWhenTheFilterNamesIt()
    {
        var everything = Subscriber.CreateWebhook(
            PageId,
            new Uri("https://hooks.example.com/all"),
            null,
            null,
            Now
        );
        var mirror = Subscriber.CreateWebhook(
            PageId,
            new Uri("https://hooks.example.com/mirror"),
            null,
            [NotificationEventTypes.IncidentDeleted],
            Now
        );

        Assert.True(everything.Matches(NotificationEventTypes.IncidentCreated, []));
        Assert.False(everything.Matches(NotificationEventTypes.IncidentDeleted, []));
        Assert.True(mirror.Matches(NotificationEventTypes.IncidentDeleted, []));
    }

    private static Subscriber Email(bool confirmed) =>
        Subscriber.CreateEmail(PageId, "ops@example.test", null, null, confirmed, Now);
}
