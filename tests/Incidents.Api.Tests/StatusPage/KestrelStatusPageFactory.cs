using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>The service on real Kestrel on a SQLite file of its own, so a real browser can open it.</summary>
public sealed class KestrelStatusPageFactory : KestrelApiFactory
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "incidents-tests",
        Guid.NewGuid().ToString("N")
    );

    public KestrelStatusPageFactory() =>
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
