using Incidents.Api.Tests.Infrastructure;
using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Persistence;

/// <summary>
/// A restarted instance (a new host on the same SQLite file, hence a new key ring in memory)
/// still reads what the previous one protected: the keys are in the database (ADR 0083).
/// </summary>
public sealed class DataProtectionKeyPersistenceTests : IAsyncLifetime
{
    private readonly SqliteApiFactory _factory = new();

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task PayloadProtectedBeforeARestart_IsReadAfterIt()
    {
        var purpose = "test-" + Guid.NewGuid().ToString("N");
        var protectedPayload = _factory
            .Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(purpose)
            .Protect("signed in");

        await using var restarted = _factory.WithWebHostBuilder(_ => { });
        var read = restarted
            .Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(purpose)
            .Unprotect(protectedPayload);

        Assert.Equal("signed in", read);
        using var scope = restarted.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        var keys = await db.DataProtectionKeys.ToListAsync(TestContext.Current.CancellationToken);
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Contains("<key ", k.Xml ?? string.Empty));
    }
}
