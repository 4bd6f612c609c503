using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Integrations;

/// <summary>The service on real Kestrel (loopback), so a real Alertmanager process can post to it.</summary>
public sealed class KestrelIntegrationFactory : SqliteApiFactory
{
    public KestrelIntegrationFactory() => ServeOverTcp();
}
