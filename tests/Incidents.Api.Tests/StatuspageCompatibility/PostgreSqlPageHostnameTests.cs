using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

public sealed class PostgreSqlPageHostnameTests(PostgreSqlStatusPageApiFactory factory)
    : PageHostnameTests(factory),
        IClassFixture<PostgreSqlStatusPageApiFactory>;
