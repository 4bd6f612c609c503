using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Admin;

public sealed class PostgreSqlAdminApiTests(PostgreSqlApiFactory factory)
    : AdminApiTests(factory),
        IClassFixture<PostgreSqlApiFactory>;
