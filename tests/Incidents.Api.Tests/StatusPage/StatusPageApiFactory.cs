using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>SQLite in a file of its own, with a fake clock the tests move (days are UTC).</summary>
public class StatusPageApiFactory : IncidentsApiFactory
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "incidents-tests",
        Guid.NewGuid().ToString("N")
    );

    public StatusPageApiFactory() =>
        ConnectionString = $"Data Source={Path.Combine(_folder, "incidents.db")}";

    public FakeTimeProvider Time { get; } = new(Start);

    public override string ProviderName => "Sqlite";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }

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
