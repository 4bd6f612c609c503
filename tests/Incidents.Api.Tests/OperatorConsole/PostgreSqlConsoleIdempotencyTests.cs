using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.OperatorConsole;

public sealed class PostgreSqlConsoleIdempotencyTests(PostgreSqlApiFactory factory)
    : ConsoleIdempotencyTests(factory),
        IClassFixture<PostgreSqlApiFactory>;
