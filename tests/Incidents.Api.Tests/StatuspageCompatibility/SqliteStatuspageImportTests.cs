using Incidents.Api.Tests.StatusPage;

namespace Incidents.Api.Tests.StatuspageCompatibility;

public sealed class SqliteStatuspageImportTests(StatusPageApiFactory factory)
    : StatuspageImportTests(factory),
        IClassFixture<StatusPageApiFactory>;
