using Incidents.Api.Tests.Hardening.Infrastructure;

namespace Incidents.Api.Tests.Hardening;

public sealed class PostgreSqlAdminFuzzTests(UnlimitedPostgreSqlApiFactory factory)
    : AdminFuzzTests(factory),
        IClassFixture<UnlimitedPostgreSqlApiFactory>;
