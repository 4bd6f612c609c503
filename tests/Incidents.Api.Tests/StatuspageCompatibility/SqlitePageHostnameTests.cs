using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

public sealed class SqlitePageHostnameTests(StatusPageApiFactory factory)
    : PageHostnameTests(factory),
        IClassFixture<StatusPageApiFactory>;
