using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Admin;

public sealed class SqliteAdminApiTests(SqliteApiFactory factory)
    : AdminApiTests(factory),
        IClassFixture<SqliteApiFactory>;
