namespace Incidents.Application.Subscribers.Common;

/// <summary>
/// Whether chat subscribers may point anywhere (a deployment that allows private networks: tests,
/// relays) or only at their platform's webhook hosts over https.
/// </summary>
public interface IChatDestinationPolicy
{
    bool AllowAnyHost { get; }
}
