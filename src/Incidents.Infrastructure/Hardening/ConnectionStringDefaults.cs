using Npgsql;

namespace Incidents.Infrastructure.Hardening;

/// <summary>
/// Defaults for the PostgreSQL connection string; values the operator put in it win.
/// <list type="bullet">
/// <item>Timeouts bound how long a request can wait for an unreachable database: with the
/// execution strategy's retries, the worst case is about (retries + 1) × Timeout plus the
/// back-off, instead of minutes.</item>
/// <item><c>Max Auto Prepare</c>: the statements EF Core sends again and again (a create's
/// four-INSERT batch, the workers' claims) are prepared once per connection instead of parsed
/// and planned on every execution (ADR 0106). Behind a pooler in transaction mode without
/// prepared-statement support (PgBouncer before 1.21), set <c>Max Auto Prepare=0</c>.</item>
/// <item><c>No Reset On Close</c>: a pooled connection is handed out again as it was, without
/// the seven reset statements Npgsql otherwise sends with its next command (SET SESSION
/// AUTHORIZATION DEFAULT, RESET ALL, CLOSE ALL, UNLISTEN *, pg_advisory_unlock_all(), DISCARD
/// SEQUENCES, DISCARD TEMP) — 1.2 resets per create. The service changes no session state
/// (ADR 0141).</item>
/// </list>
/// </summary>
public static class ConnectionStringDefaults
{
    public const int ConnectTimeoutSeconds = 5;
    public const int CommandTimeoutSeconds = 15;
    public const int MaxAutoPrepare = 50;

    public static string ForPostgreSql(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder
        {
            ConnectionString = connectionString,
        };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        // A keyword counts as given in either of its spellings ("Command Timeout", "CommandTimeout").
        bool Given(string keyword) =>
            given.ContainsKey(keyword)
            || given.ContainsKey(keyword.Replace(" ", "", StringComparison.Ordinal));
        if (!Given("Timeout"))
        {
            builder.Timeout = ConnectTimeoutSeconds;
        }

        if (!Given("Command Timeout"))
        {
            builder.CommandTimeout = CommandTimeoutSeconds;
        }

        if (!Given("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!Given("No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
