namespace Incidents.Api.PublicStatus.Live;

/// <summary>
/// Fans page change notices out to the open event streams. In process today; a Redis backplane can
/// implement it to reach the streams held by other instances.
/// </summary>
public interface IStatusPageBroadcaster
{
    void Publish(StatusPageChange change);

    IStatusPageSubscription Subscribe(Guid pageId);
}
