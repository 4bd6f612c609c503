using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.Localization;

public sealed class PostgreSqlVisitorLanguageTests(PostgreSqlStatusPageApiFactory factory)
    : VisitorLanguageTests(factory),
        IClassFixture<PostgreSqlStatusPageApiFactory>;
