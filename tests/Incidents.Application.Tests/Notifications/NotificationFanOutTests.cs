using System.Text.Json;
using Incidents.Application.Components.Queries;
using Incidents.Application.Notifications.Common;
using Incidents.Application.Notifications.EventHandlers;
using Incidents.Application.Subscribers.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;
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
    private readonly List<Subscriber> _active = [];
    private readonly Component _apiComponent;
    private readonly SubscriberNotificationHandler _handler;

    public NotificationFanOutTests()
    {
        _apiComponent = Component.Create(
            _pageId,
            "API",
            null,
            null,
            0,
            ComponentStatus.UnderMaintenance,
            Now
        );
        _pages
            .GetPageAsync(_pageId, Arg.Any<CancellationToken>())
            .Returns(new NotificationPage(_pageId, "acme", "Acme"));
        _components.ListAsync(_pageId, Arg.Any<CancellationToken>()).Returns([_apiComponent]);
        _subscribers.AddDelivery(Arg.Do<Delivery>(_added.Add));
        // What the unit of work does with a declared fan-out: one delivery per active subscriber that wants it.
        _subscribers.AddFanOut(
            Arg.Do<FanOut>(f => _added.AddRange(_active.Select(f.DeliveryFor).OfType<Delivery>()))
        );
        _subscribers
            .AnyActiveAsync(_pageId, Arg.Any<CancellationToken>())
            .Returns(_ => _active.Any(s => s.IsActive));
        _handler = new SubscriberNotificationHandler(
            new NotificationFanOut(_subscribers, _components, _pages, TimeProvider.System),
            new IncidentFollowers(_subscribers, TimeProvider.System)
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
            .AnyActiveAsync(default, TestContext.Current.CancellationToken);
        _subscribers.DidNotReceiveWithAnyArgs().AddFanOut(default!);
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

    [Fact]
    public async Task MaintenanceEvents_EachHaveTheirTypeAndCarryTheWindowStatusUpdateAndComponents()
    {
        Active(Webhook());
        var ct = TestContext.Current.CancellationToken;
        var api = _apiComponent.Id;

        await _handler.Handle(Maintenance<MaintenanceScheduled>(notify: true, api), ct);
        await _handler.Handle(Maintenance<MaintenanceRescheduled>(notify: true, api), ct);
        await _handler.Handle(Maintenance<MaintenanceReminded>(notify: true, api), ct);
        await _handler.Handle(Maintenance<MaintenanceStarted>(notify: true, api), ct);
        await _handler.Handle(Maintenance<MaintenanceUpdated>(notify: true, api), ct);
        await _handler.Handle(Maintenance<MaintenanceCompleted>(notify: true, api), ct);
        await _handler.Handle(Maintenance<MaintenanceCancelled>(notify: true, api), ct);

        Assert.Equal(
            [
                "maintenance.scheduled",
                "maintenance.rescheduled",
                "maintenance.reminder",
                "maintenance.started",
                "maintenance.updated",
                "maintenance.completed",
                "maintenance.cancelled",
            ],
            _added.Select(d => d.EventType)
        );
        Assert.All(
            _added.Select(d => d.EventType),
            t => Assert.Contains(t, NotificationEventTypes.All)
        );
        using var started = JsonDocument.Parse(_added[3].Payload);
        var data = started.RootElement.GetProperty("data");
        Assert.Equal("maintenance.started", started.RootElement.GetProperty("type").GetString());
        var maintenance = data.GetProperty("maintenance");
        Assert.Equal("In Progress", maintenance.GetProperty("status").GetString());
        Assert.Equal(Now.AddHours(1), maintenance.GetProperty("scheduledFor").GetDateTimeOffset());
        Assert.Equal(
            Now.AddHours(2),
            maintenance.GetProperty("scheduledUntil").GetDateTimeOffset()
        );
        Assert.Equal("Work.", data.GetProperty("update").GetProperty("description").GetString());
        var component = Assert.Single(data.GetProperty("components").EnumerateArray());
        Assert.Equal(api, component.GetProperty("id").GetGuid());
        Assert.Equal("Under Maintenance", component.GetProperty("status").GetString());
        using var reminder = JsonDocument.Parse(_added[2].Payload);
        Assert.Equal(
            JsonValueKind.Null,
            reminder.RootElement.GetProperty("data").GetProperty("update").ValueKind
        );
    }

    [Fact]
    public async Task MaintenanceEvent_WithNotifyFalse_DeliversNothing()
    {
        Active(Webhook(), Email());

        await _handler.Handle(
            Maintenance<MaintenanceStarted>(notify: false, _api),
            TestContext.Current.CancellationToken
        );

        Assert.Empty(_added);
    }

    [Fact]
    public async Task MaintenanceEvent_WithComponentAndEventFilters_DeliversOnlyToMatchingSubscribers()
    {
        var webOnly = Webhook(components: [_web]);
        var apiStartedOnly = Webhook(components: [_api], events: ["maintenance.started"]);
        var apiCompletedOnly = Webhook(components: [_api], events: ["maintenance.completed"]);
        Active(webOnly, apiStartedOnly, apiCompletedOnly);

        await _handler.Handle(
            Maintenance<MaintenanceStarted>(notify: true, _api),
            TestContext.Current.CancellationToken
        );

        Assert.Equal([apiStartedOnly.Id], _added.Select(d => d.SubscriberId));
    }

    [Fact]
    public async Task ComponentStatusChanged_CausedByMaintenance_GoesToWebhooksButNotEmail()
    {
        var webhook = Webhook();
        var email = Email();
        Active(webhook, email);

        await _handler.Handle(
            Changed(null, notify: true) with
            {
                CausedByMaintenanceId = Guid.NewGuid(),
            },
            TestContext.Current.CancellationToken
        );

        Assert.Equal([webhook.Id], _added.Select(d => d.SubscriberId));
    }

    private TEvent Maintenance<TEvent>(bool notify, params Guid[] components)
        where TEvent : MaintenanceEvent
    {
        var status = typeof(TEvent).Name switch
        {
            nameof(MaintenanceStarted) or nameof(MaintenanceUpdated) =>
                MaintenanceStatus.InProgress,
            nameof(MaintenanceCompleted) => MaintenanceStatus.Completed,
            nameof(MaintenanceCancelled) => MaintenanceStatus.Cancelled,
            _ => MaintenanceStatus.Scheduled,
        };
        Guid? updateId = typeof(TEvent) == typeof(MaintenanceReminded) ? null : Guid.NewGuid();
        var change = new MaintenanceChange(
            Guid.NewGuid(),
            _pageId,
            updateId,
            "Upgrade",
            status,
            Now.AddHours(1),
            Now.AddHours(2),
            "Work.",
            components,
            notify,
            Now
        );
        return (TEvent)Activator.CreateInstance(typeof(TEvent), change)!;
    }

    [Fact]
    public async Task PostmortemPublished_WithNotify_DeliversPostmortemEventToWebhooksAndEmails()
    {
        var webhook = Webhook();
        var email = Email();
        var otherEvents = Webhook(events: [NotificationEventTypes.IncidentResolved]);
        Active(webhook, email, otherEvents);

        await _handler.Handle(
            new IncidentPostmortemPublished(
                Guid.NewGuid(),
                _pageId,
                "Outage",
                IncidentImpact.MajorOutage,
                "Root cause: **disk**.",
                [_api],
                true,
                Now
            ),
            TestContext.Current.CancellationToken
        );

        Assert.Equal(
            new[] { webhook.Id, email.Id }.Order(),
            _added.Select(d => d.SubscriberId).Order()
        );
        Assert.All(
            _added,
            d => Assert.Equal(NotificationEventTypes.IncidentPostmortemPublished, d.EventType)
        );
        using var payload = JsonDocument.Parse(_added[0].Payload);
        var data = payload.RootElement.GetProperty("data");
        Assert.Equal("Postmortem", data.GetProperty("incident").GetProperty("status").GetString());
        Assert.Equal(
            "Root cause: **disk**.",
            data.GetProperty("postmortem").GetProperty("body").GetString()
        );
    }

    [Fact]
    public async Task PostmortemPublished_WithoutNotify_DeliversNothing()
    {
        Active(Webhook(), Email());

        await _handler.Handle(
            new IncidentPostmortemPublished(
                Guid.NewGuid(),
                _pageId,
                "Outage",
                IncidentImpact.MajorOutage,
                "Text",
                [],
                false,
                Now
            ),
            TestContext.Current.CancellationToken
        );

        Assert.Empty(_added);
    }

    [Fact]
    public async Task IncidentDeleted_DeliversOnlyToWebhooksThatFilterForIt()
    {
        var mirror = Webhook(events: [NotificationEventTypes.IncidentDeleted]);
        var everything = Webhook();
        var email = Subscriber.CreateEmail(
            _pageId,
            "ops@example.test",
            null,
            [NotificationEventTypes.IncidentDeleted],
            confirmed: true,
            Now
        );
        Active(mirror, everything, email);
        var incidentId = Guid.NewGuid();

        await _handler.Handle(
            new IncidentDeleted(
                incidentId,
                _pageId,
                "Gone",
                IncidentImpact.MajorOutage,
                [_api],
                Now
            ),
            TestContext.Current.CancellationToken
        );

        var delivery = Assert.Single(_added);
        Assert.Equal(mirror.Id, delivery.SubscriberId);
        Assert.Equal(NotificationEventTypes.IncidentDeleted, delivery.EventType);
        using var payload = JsonDocument.Parse(delivery.Payload);
        Assert.Equal(
            incidentId,
            payload
                .RootElement.GetProperty("data")
                .GetProperty("incident")
                .GetProperty("id")
                .GetGuid()
        );
    }

    [Fact]
    public async Task PostmortemPublished_ReachesFollowersWaitingForIt_AndEndsThem()
    {
        var incidentId = Guid.NewGuid();
        var patient = Follower(incidentId, untilPostmortem: true);
        var otherFollower = Follower(Guid.NewGuid(), untilPostmortem: true);
        Active(patient, otherFollower);
        _subscribers
            .ListFollowersAsync(_pageId, incidentId, Arg.Any<CancellationToken>())
            .Returns([patient]);

        await _handler.Handle(
            new IncidentPostmortemPublished(
                incidentId,
                _pageId,
                "Outage",
                IncidentImpact.MajorOutage,
                "Root cause.",
                [_api],
                true,
                Now
            ),
            TestContext.Current.CancellationToken
        );

        var delivery = Assert.Single(_added);
        Assert.Equal(patient.Id, delivery.SubscriberId);
        Assert.NotNull(patient.FollowEndedAt);
        Assert.Null(otherFollower.FollowEndedAt);
    }

    [Fact]
    public async Task IncidentDeleted_RemovesItsFollowers()
    {
        var incidentId = Guid.NewGuid();
        var follower = Follower(incidentId, untilPostmortem: false);
        Active(follower);
        _subscribers
            .ListFollowersAsync(_pageId, incidentId, Arg.Any<CancellationToken>())
            .Returns([follower]);

        await _handler.Handle(
            new IncidentDeleted(incidentId, _pageId, "Gone", IncidentImpact.MajorOutage, [], Now),
            TestContext.Current.CancellationToken
        );

        Assert.Empty(_added);
        _subscribers.Received(1).Remove(follower);
    }

    [Fact]
    public async Task IncidentEvents_ReachFollowersOfThatIncidentOnly_AndResolutionEndsThem()
    {
        var incidentId = Guid.NewGuid();
        var follower = Follower(incidentId, untilPostmortem: false);
        var patient = Follower(incidentId, untilPostmortem: true);
        var unconfirmed = Subscriber.FollowIncident(
            _pageId,
            "u@example.test",
            incidentId,
            false,
            Now
        );
        var otherFollower = Follower(Guid.NewGuid(), untilPostmortem: false);
        var pageWide = Email();
        Active(follower, patient, otherFollower, pageWide);
        _subscribers
            .ListFollowersAsync(_pageId, incidentId, Arg.Any<CancellationToken>())
            .Returns([follower, patient, unconfirmed]);

        await _handler.Handle(
            Opened(notify: true, _api) with
            {
                IncidentId = incidentId,
            },
            TestContext.Current.CancellationToken
        );
        await _handler.Handle(Changed(null, notify: true), TestContext.Current.CancellationToken);
        var beforeResolution = _added.Select(d => d.SubscriberId).ToList();
        await _handler.Handle(
            new IncidentResolved(
                incidentId,
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

        // Opened: the followers of this incident and the page-wide subscriber; the component
        // change: the page-wide subscriber only.
        Assert.Equal(
            new[] { follower.Id, patient.Id, pageWide.Id, pageWide.Id }.Order(),
            beforeResolution.Order()
        );
        Assert.Contains(_added.Skip(beforeResolution.Count), d => d.SubscriberId == follower.Id);
        Assert.NotNull(follower.FollowEndedAt);
        Assert.Null(patient.FollowEndedAt);
        _subscribers.Received(1).Remove(unconfirmed);
        _subscribers.DidNotReceive().Remove(follower);
        Assert.False(follower.Matches(NotificationEventTypes.IncidentUpdated, [], incidentId));
    }

    private Subscriber Follower(Guid incidentId, bool untilPostmortem)
    {
        var follower = Subscriber.FollowIncident(
            _pageId,
            $"{Guid.NewGuid():N}@example.test",
            incidentId,
            untilPostmortem,
            Now
        );
        follower.Confirm();
        return follower;
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

    private void Active(params Subscriber[] subscribers) => _active.AddRange(subscribers);
}
