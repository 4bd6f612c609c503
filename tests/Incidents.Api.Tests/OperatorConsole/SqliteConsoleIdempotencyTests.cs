using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.OperatorConsole;

public sealed class SqliteConsoleIdempotencyTests(SqliteApiFactory factory)
    : ConsoleIdempotencyTests(factory),
        IClassFixture<SqliteApiFactory>;
