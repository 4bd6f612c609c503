using Npgsql;

namespace Incidents.Infrastructure.Hardening;

/// <summary>
/// Bounds how long a request can wait for an unreachable database: with the execution strategy's
/// retries, the worst case is about (retries + 1) × Timeout plus the back-off, instead of minutes.
/// Values the operator put in the connection string win.
/// </summary>
public static class ConnectionStringDefaults
{
    public const int ConnectTimeoutSeconds = 5;
    public const int CommandTimeoutSeconds = 15;

    public static string ForPostgreSql(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder
        {
            ConnectionString = connectionString,
        };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Timeout"))
        {
            builder.Timeout = ConnectTimeoutSeconds;
        }

        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
        {
            builder.CommandTimeout = CommandTimeoutSeconds;
        }

        return builder.ConnectionString;
    }
}
