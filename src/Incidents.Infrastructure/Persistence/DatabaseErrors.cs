using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Incidents.Infrastructure.Persistence;

/// <summary>Classifies provider exceptions, so callers need not know which provider is configured.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>A unique index or primary key refused the row (someone else inserted it first).</summary>
    public static bool IsUniqueViolation(Exception exception) =>
        Chain(exception)
            .Any(e =>
                e switch
                {
                    PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
                    SqliteException s => s.SqliteErrorCode == SqliteConstraint
                        && s.SqliteExtendedErrorCode is 2067 or 1555,
                    SqlException s => s.Number is 2601 or 2627,
                    _ => false,
                }
            );

    /// <summary>
    /// The database could not be reached or answered in time (after the execution strategy's
    /// retries): the request may be repeated later, so it is a 503, not a 500.
    /// </summary>
    public static bool IsUnavailable(Exception exception) =>
        Chain(exception)
            .Any(e =>
                e switch
                {
                    RetryLimitExceededException => true,
                    PostgresException p => p.IsTransient,
                    NpgsqlException => true,
                    SqlException s => s.IsTransient || s.Number is -2 or 53 or 4060,
                    SqliteException s => s.SqliteErrorCode is SqliteBusy or SqliteLocked,
                    TimeoutException => true,
                    System.Net.Sockets.SocketException => true,
                    _ => false,
                }
            );

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
