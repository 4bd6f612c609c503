using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.Localization;

public sealed class SqliteVisitorLanguageTests(StatusPageApiFactory factory)
    : VisitorLanguageTests(factory),
        IClassFixture<StatusPageApiFactory>;
