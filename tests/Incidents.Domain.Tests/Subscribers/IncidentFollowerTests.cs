using Incidents.Domain.Common;
using Incidents.Domain.Subscribers;

namespace Incidents.Domain.Tests.Subscribers;

public sealed class IncidentFollowerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid PageId = Guid.NewGuid();
    private static readonly Guid IncidentId = Guid.NewGuid();

    private static Subscriber Follower(bool untilPostmortem = false)
    {
        var follower = Subscriber.FollowIncident(
            PageId,
            " Reader@Example.test ",
            IncidentId,
            untilPostmortem,
            Now
        );
        follower.Confirm();
        return follower;
    }

    [Fact]
    public void FollowIncident_IsAnUnconfirmedEmailSubscriberOfThatIncident()
    {
        var follower = Subscriber.FollowIncident(PageId, "a@example.test", IncidentId, true, Now);

        Assert.Equal(SubscriberType.Email, follower.Type);
        Assert.Equal(IncidentId, follower.IncidentId);
        Assert.True(follower.UntilPostmortem);
        Assert.False(follower.IsConfirmed);
        Assert.False(follower.EndsWhenResolved);
        Assert.False(follower.Matches(NotificationEventTypes.IncidentUpdated, [], IncidentId));
    }

    [Fact]
    public void Matches_OnlyEventsOfItsIncident_AnyComponents()
    {
        var follower = Follower();

        Assert.Equal("reader@example.test", follower.Email);
        Assert.True(
            follower.Matches(NotificationEventTypes.IncidentUpdated, [Guid.NewGuid()], IncidentId)
        );
        Assert.True(follower.Matches(NotificationEventTypes.IncidentResolved, [], IncidentId));
        Assert.False(follower.Matches(NotificationEventTypes.IncidentUpdated, [], Guid.NewGuid()));
        Assert.False(
            follower.Matches(NotificationEventTypes.ComponentStatusChanged, [Guid.NewGuid()])
        );
        Assert.False(follower.Matches(NotificationEventTypes.MaintenanceScheduled, []));
    }

    [Fact]
    public void EndFollowing_StopsMatching_ButKeepsItSendable()
    {
        var follower = Follower();

        follower.EndFollowing(Now);
        follower.EndFollowing(Now.AddHours(1));

        Assert.Equal(Now, follower.FollowEndedAt);
        Assert.True(follower.IsActive);
        Assert.False(follower.Matches(NotificationEventTypes.IncidentUpdated, [], IncidentId));
    }

    [Fact]
    public void EndFollowing_OfAPageWideSubscriber_Throws()
    {
        var subscriber = Subscriber.CreateEmail(PageId, "a@example.test", null, null, true, Now);

        var error = Assert.Throws<DomainException>(() => subscriber.EndFollowing(Now));

        Assert.Equal(
            "Only a subscriber following an incident can stop following it.",
            error.Message
        );
        Assert.True(subscriber.Matches(NotificationEventTypes.IncidentUpdated, [], Guid.NewGuid()));
    }

    [Fact]
    public void EndsWhenResolved_UnlessTheVisitorChoseThePostmortem()
    {
        Assert.True(Follower().EndsWhenResolved);
        Assert.False(Follower(untilPostmortem: true).EndsWhenResolved);
    }
}
