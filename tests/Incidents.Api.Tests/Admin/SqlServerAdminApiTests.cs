using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Admin;

public sealed class SqlServerAdminApiTests(SqlServerApiFactory factory)
    : AdminApiTests(factory),
        IClassFixture<SqlServerApiFactory>;
