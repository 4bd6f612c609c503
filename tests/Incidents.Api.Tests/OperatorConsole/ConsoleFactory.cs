using Incidents.Api.OperatorConsole;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.ApiKeys;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// The service on real Kestrel and a SQLite file of its own, with its notification workers (fast
/// polling, loopback webhooks allowed), for a real browser driving the console.
/// </summary>
public sealed class ConsoleFactory : SqliteApiFactory
{
    public const string Password = "correct horse battery staple";

    public ConsoleFactory() => ServeOverTcp();

    /// <summary>The database the service uses, for the CLI run as a separate process.</summary>
    public string DatabaseConnectionString => ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Notifications:Workers:Enabled", "true");
        builder.UseSetting("Notifications:Workers:PollInterval", "00:00:00.200");
        builder.UseSetting("Notifications:RetrySchedule", "00:00:01,00:00:01");
        builder.UseSetting("Notifications:Webhooks:AllowPrivateNetworks", "true");
        builder.UseSetting("Notifications:Webhooks:CircuitMinimumThroughput", "1000");
        // Every test signs in from 127.0.0.1: the sign-in limit has its own settings in production.
        builder.UseSetting("Console:SignInPermitsPerMinute", "6000");
        builder.UseSetting("Console:SignInBurst", "1000");
    }

    /// <summary>A user with a password: an owner, or <paramref name="role"/> on <paramref name="pageId"/>.</summary>
    public async Task<string> CreateUserAsync(Guid? pageId = null, ApiKeyRole? role = null)
    {
        var email = $"u-{Guid.NewGuid():N}@example.test";
        await using var scope = Services.CreateAsyncScope();
        await scope
            .ServiceProvider.GetRequiredService<ConsoleUserService>()
            .CreateAsync(email, pageId is null, pageId, role, Password, CancellationToken.None);
        return email;
    }
}
