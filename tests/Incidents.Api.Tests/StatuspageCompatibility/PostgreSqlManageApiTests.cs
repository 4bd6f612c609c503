using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

public sealed class PostgreSqlManageApiTests(PostgreSqlStatusPageApiFactory factory)
    : ManageApiTests(factory),
        IClassFixture<PostgreSqlStatusPageApiFactory>;
