using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Hardening;

public sealed class SqliteHardeningApiTests(SqliteApiFactory factory)
    : HardeningApiTests(factory),
        IClassFixture<SqliteApiFactory>;
