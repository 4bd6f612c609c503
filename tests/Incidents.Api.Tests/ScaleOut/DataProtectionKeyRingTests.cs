using Incidents.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.ScaleOut;

/// <summary>
/// Sessions (signed cookies) must be accepted by every instance: the Data Protection key ring
/// lives in the shared database (ADR 0083), not in each instance's file system.
/// </summary>
public sealed class DataProtectionKeyRingTests : IClassFixture<TwoInstancesFixture>
{
    private readonly TwoInstancesFixture _fixture;

    public DataProtectionKeyRingTests(TwoInstancesFixture fixture)
    {
        _fixture = fixture;
        Assert.SkipWhen(fixture.SkipReason is not null, fixture.SkipReason ?? string.Empty);
    }

    [Fact]
    public async Task PayloadProtectedOnA_IsReadOnB_AndTheKeyIsStoredInTheDatabase()
    {
        var purpose = "test-" + Guid.NewGuid().ToString("N");
        var protectedOnA = _fixture
            .A.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(purpose)
            .Protect("signed in");

        var onB = _fixture
            .B.Services.GetRequiredService<IDataProtectionProvider>()
            .CreateProtector(purpose)
            .Unprotect(protectedOnA);

        Assert.Equal("signed in", onB);
        using var scope = _fixture.A.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IncidentsDbContext>();
        Assert.True(await db.DataProtectionKeys.AnyAsync(TestContext.Current.CancellationToken));
    }
}
