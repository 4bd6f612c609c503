namespace Incidents.Api.Tests.Infrastructure;

/// <summary>SQLite in a file of its own (WAL needs a file; several connections share it).</summary>
public class SqliteApiFactory : IncidentsApiFactory
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "incidents-tests",
        Guid.NewGuid().ToString("N")
    );

    public SqliteApiFactory() =>
        ConnectionString = $"Data Source={Path.Combine(_folder, "incidents.db")}";

    public override string ProviderName => "Sqlite";

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
