using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>The service on real Kestrel on a SQLite file of its own, so a real browser can open it.</summary>
public sealed class KestrelStatusPageFactory : SqliteApiFactory
{
    public KestrelStatusPageFactory() => ServeOverTcp();
}
