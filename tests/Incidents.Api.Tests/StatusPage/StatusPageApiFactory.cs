namespace Incidents.Api.Tests.StatusPage;

/// <summary>SQLite in a file of its own, with a fake clock.</summary>
public sealed class StatusPageApiFactory : FakeClockApiFactory
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "incidents-tests",
        Guid.NewGuid().ToString("N")
    );

    public StatusPageApiFactory() =>
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
