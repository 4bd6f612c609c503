using Incidents.Api.Tests.Hardening.Infrastructure;

namespace Incidents.Api.Tests.Hardening;

public sealed class SqliteAdminFuzzTests(UnlimitedSqliteApiFactory factory)
    : AdminFuzzTests(factory),
        IClassFixture<UnlimitedSqliteApiFactory>;
