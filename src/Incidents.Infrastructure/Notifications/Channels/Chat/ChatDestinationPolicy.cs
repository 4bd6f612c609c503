using Incidents.Application.Subscribers.Common;

namespace Incidents.Infrastructure.Notifications.Channels.Chat;

/// <summary>Chat URLs follow the webhooks' setting: allowing private networks allows any host.</summary>
internal sealed class ChatDestinationPolicy(bool allowPrivateNetworks) : IChatDestinationPolicy
{
    public bool AllowAnyHost => allowPrivateNetworks;
}
