using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Hardening;

public sealed class PostgreSqlHardeningApiTests(PostgreSqlApiFactory factory)
    : HardeningApiTests(factory),
        IClassFixture<PostgreSqlApiFactory>;
