using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>The service on real Kestrel (127.0.0.1, a free port), so a real browser can open it.</summary>
public sealed class KestrelStatusPageFactory : IncidentsApiFactory
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "incidents-tests",
        Guid.NewGuid().ToString("N")
    );

    public KestrelStatusPageFactory()
    {
        ConnectionString = $"Data Source={Path.Combine(_folder, "incidents.db")}";
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public override string ProviderName => "Sqlite";

    public Uri BaseAddress { get; private set; } = null!;

    public override ValueTask InitializeAsync()
    {
        StartServer();
        var address = Services
            .GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        BaseAddress = new Uri(address);
        return ValueTask.CompletedTask;
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
