using Incidents.Domain.Subscribers;

namespace Incidents.Application.Subscribers.Common;

/// <summary>
/// Ends the subscriptions of the visitors following one incident. It runs after the event's own
/// fan-out, in the same transaction: a follower who was just sent the last mail stops matching and
/// its row goes once that mail is finished (the delivery sender removes it); a follower who got
/// nothing now (unconfirmed, or a silent change) is removed at once.
/// </summary>
public sealed class IncidentFollowers(ISubscriberRepository subscribers, TimeProvider timeProvider)
{
    /// <param name="postmortemPublished">False: the incident resolved (followers waiting for the postmortem stay).</param>
    /// <param name="notified">Whether the event that ends them was sent to subscribers.</param>
    public async Task<int> EndAsync(
        Guid pageId,
        Guid incidentId,
        bool postmortemPublished,
        bool notified,
        CancellationToken cancellationToken
    )
    {
        var followers = await subscribers.ListFollowersAsync(pageId, incidentId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var ended = 0;
        foreach (var follower in followers)
        {
            if (!postmortemPublished && !follower.EndsWhenResolved)
            {
                continue;
            }

            if (notified && follower.IsActive)
            {
                follower.EndFollowing(now);
            }
            else
            {
                subscribers.Remove(follower);
            }

            ended++;
        }

        return ended;
    }
}
