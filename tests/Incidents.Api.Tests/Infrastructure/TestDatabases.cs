using Npgsql;

namespace Incidents.Api.Tests.Infrastructure;

public static class TestDatabases
{
    /// <summary>
    /// Drops a test database. WITH (FORCE) cannot end a backend of another role (an autovacuum
    /// worker may be visiting the database), so this retries briefly and, failing that, leaves the
    /// database behind: cleanup must never fail a test run.
    /// </summary>
    public static async Task DropQuietlyAsync(string adminConnectionString, string database)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(adminConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand(
                    $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)",
                    connection
                );
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException) when (attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
            catch (PostgresException e)
            {
                TestContext.Current.SendDiagnosticMessage(
                    $"Left test database {database} behind: {e.MessageText}"
                );
            }
        }
    }
}
