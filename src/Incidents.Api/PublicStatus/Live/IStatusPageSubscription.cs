using System.Threading.Channels;

namespace Incidents.Api.PublicStatus.Live;

/// <summary>One open event stream's inbox; disposing it unsubscribes.</summary>
public interface IStatusPageSubscription : IDisposable
{
    ChannelReader<StatusPageChange> Changes { get; }
}
