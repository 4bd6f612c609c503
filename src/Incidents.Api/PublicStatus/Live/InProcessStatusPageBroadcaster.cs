using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Incidents.Api.PublicStatus.Live;

/// <summary>
/// Per page, a set of small bounded inboxes. A slow reader loses the oldest notices rather than
/// holding memory: a notice only says "refetch", so one is as good as many.
/// </summary>
public sealed class InProcessStatusPageBroadcaster : IStatusPageBroadcaster
{
    private readonly ConcurrentDictionary<
        Guid,
        ConcurrentDictionary<Subscription, byte>
    > _subscribers = new();

    public void Publish(StatusPageChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (_subscribers.TryGetValue(change.PageId, out var subscribers))
        {
            foreach (var subscriber in subscribers.Keys)
            {
                subscriber.Inbox.Writer.TryWrite(change);
            }
        }
    }

    public IStatusPageSubscription Subscribe(Guid pageId)
    {
        var subscription = new Subscription(this, pageId);
        _subscribers.GetOrAdd(pageId, _ => new())[subscription] = 0;
        return subscription;
    }

    private void Remove(Subscription subscription)
    {
        if (_subscribers.TryGetValue(subscription.PageId, out var subscribers))
        {
            subscribers.TryRemove(subscription, out _);
        }
    }

    private sealed class Subscription(InProcessStatusPageBroadcaster owner, Guid pageId)
        : IStatusPageSubscription
    {
        public Guid PageId { get; } = pageId;

        public Channel<StatusPageChange> Inbox { get; } =
            Channel.CreateBounded<StatusPageChange>(
                new BoundedChannelOptions(8)
                {
                    FullMode = BoundedChannelFullMode.DropOldest,
                    SingleReader = true,
                }
            );

        public ChannelReader<StatusPageChange> Changes => Inbox.Reader;

        public void Dispose()
        {
            owner.Remove(this);
            Inbox.Writer.TryComplete();
        }
    }
}
