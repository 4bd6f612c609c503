using Incidents.Application.Components.Queries;
using Incidents.Application.Notifications.Common;
using Incidents.Application.Notifications.EventHandlers;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Subscribers;
using NSubstitute;

namespace Incidents.Application.Tests.Notifications;

/// <summary>Fan-out rules: who gets a delivery for which event.</summary>
public sealed class NotificationFanOutTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private readonly Guid _pageId = Guid.NewGuid();
    private readonly Guid _api = Guid.NewGuid();
    private readonly Guid _web = Guid.NewGuid();
    private readonly ISubscriberRepository _subscribers = Substitute.For<ISubscriberRepository>();
    private readonly IComponentReadRepository _components =
        Substitute.For<IComponentReadRepository>();
    private readonly INotificationPageReader _pages = Substitute.For<INotificationPageReader>();
    private readonly List<Delivery> _added = [];
    private readonly SubscriberNotificationHandler _handler;

    public NotificationFanOutTests()
    {
        _pages
            .GetPageAsync(_pageId, Arg.Any<CancellationToken>())
            .Returns(new NotificationPage(_pageId, "acme", "Acme"));
        _components
            .ListAsync(_pageId, Arg.Any<CancellationToken>())
            .Returns([
                Component.Create(_pageId, "API", null, null, 0, ComponentStatus.Operational, Now),
            ]);
        _subscribers.AddDelivery(Arg.Do<Delivery>(_added.Add));
        _handler = new SubscriberNotificationHandler(
            new NotificationFanOut(_subscribers, _components, _pages, TimeProvider.System)
        );
    }

    [Fact]
    public async Task IncidentOpened_WithComponentFilters_DeliversOnlyToMatchingOrUnfilteredSubscribers()
    {
        var unfiltered = Webhook();
        var apiOnly = Webhook(components: [_api]);
        var webOnly = Webhook(components: [_web]);
        Active(unfiltered, apiOnly, webOnly);

        await _handler.Handle(Opened(notify: true, _api), TestContext.Current.CancellationToken);

        Assert.Equal(
            new[] { unfiltered.Id, apiOnly.Id }.Order(),
            _added.Select(d => d.SubscriberId).Order()
        );
        Assert.All(_added, d => Assert.Equal(NotificationEventTypes.IncidentCreated, d.EventType));
        Assert.Single(_added.Select(d => d.Payload).Distinct());
    }

    [Fact]
    public async Task IncidentOpened_WithNotifyFalse_DeliversNothing()
    {
        Active(Webhook(), Email());

        await _handler.Handle(Opened(notify: false, _api), TestContext.Current.CancellationToken);

        Assert.Empty(_added);
        await _subscribers
            .DidNotReceiveWithAnyArgs()
            .ListActiveAsync(default, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task IncidentResolved_WithEventFilter_DeliversOnlyToSubscribersOfThatType()
    {
        var resolvedOnly = Webhook(events: [NotificationEventTypes.IncidentResolved]);
        var createdOnly = Webhook(events: [NotificationEventTypes.IncidentCreated]);
        Active(resolvedOnly, createdOnly);

        await _handler.Handle(
            new IncidentResolved(
                Guid.NewGuid(),
                _pageId,
                Guid.NewGuid(),
                "Outage",
                IncidentImpact.MajorOutage,
                "Fixed.",
                [_api],
                true,
                Now
            ),
            TestContext.Current.CancellationToken
        );

        Assert.Equal(resolvedOnly.Id, Assert.Single(_added).SubscriberId);
    }

    [Fact]
    public async Task IncidentWithoutComponents_ReachesComponentFilteredSubscribersToo()
    {
        var apiOnly = Webhook(components: [_api]);
        Active(apiOnly);

        await _handler.Handle(Opened(notify: true), TestContext.Current.CancellationToken);

        Assert.Equal(apiOnly.Id, Assert.Single(_added).SubscriberId);
    }

    [Fact]
    public async Task ComponentStatusChanged_CausedByIncident_GoesToWebhooksButNotEmail()
    {
        var webhook = Webhook();
        var email = Email();
        Active(webhook, email);

        await _handler.Handle(
            Changed(causedBy: Guid.NewGuid(), notify: true),
            TestContext.Current.CancellationToken
        );

        Assert.Equal(webhook.Id, Assert.Single(_added).SubscriberId);
    }

    [Fact]
    public async Task ComponentStatusChanged_ByHandWithNotify_GoesToEmailAndWebhooks()
    {
        var webhook = Webhook();
        var email = Email();
        Active(webhook, email);

        await _handler.Handle(
            Changed(causedBy: null, notify: true),
            TestContext.Current.CancellationToken
        );

        Assert.Equal(2, _added.Count);
    }

    [Fact]
    public async Task ComponentStatusChanged_WithNotifyFalse_DeliversNothing()
    {
        Active(Webhook(), Email());

        await _handler.Handle(
            Changed(causedBy: null, notify: false),
            TestContext.Current.CancellationToken
        );

        Assert.Empty(_added);
    }

    [Fact]
    public async Task InactiveSubscriber_IsNeverMatched()
    {
        var unconfirmed = Subscriber.CreateEmail(
            _pageId,
            "new@example.test",
            null,
            null,
            confirmed: false,
            Now
        );
        Active(unconfirmed);

        await _handler.Handle(Opened(notify: true, _api), TestContext.Current.CancellationToken);

        Assert.Empty(_added);
    }

    private IncidentOpened Opened(bool notify, params Guid[] components) =>
        new(
            Guid.NewGuid(),
            _pageId,
            Guid.NewGuid(),
            "Outage",
            IncidentStatus.Investigating,
            IncidentImpact.MajorOutage,
            "Looking.",
            components,
            notify,
            Now
        );

    private ComponentStatusChanged Changed(Guid? causedBy, bool notify) =>
        new(
            _api,
            _pageId,
            "API",
            ComponentStatus.Operational,
            ComponentStatus.MajorOutage,
            causedBy,
            notify,
            Now
        );

    private Subscriber Webhook(Guid[]? components = null, string[]? events = null) =>
        Subscriber.CreateWebhook(
            _pageId,
            new Uri("https://hooks.example.com/x"),
            components,
            events,
            Now
        );

    private Subscriber Email() =>
        Subscriber.CreateEmail(
            _pageId,
            $"{Guid.NewGuid():N}@example.test",
            null,
            null,
            confirmed: true,
            Now
        );

    private void Active(params Subscriber[] subscribers) =>
        _subscribers.ListActiveAsync(_pageId, Arg.Any<CancellationToken>()).Returns(subscribers);
}
