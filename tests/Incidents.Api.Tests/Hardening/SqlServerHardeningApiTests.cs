using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.Hardening;

public sealed class SqlServerHardeningApiTests(SqlServerApiFactory factory)
    : HardeningApiTests(factory),
        IClassFixture<SqlServerApiFactory>;
