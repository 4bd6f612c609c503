using Incidents.Api.Tests.Infrastructure;
using Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Domain.ApiKeys;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// The service on real Kestrel and a SQLite file of its own, with its notification workers (fast
/// polling, loopback webhooks allowed), for a real browser driving the console.
/// </summary>
public sealed class ConsoleFactory : SqliteApiFactory
{
    public const string Password = "correct horse battery staple";

    private HeldRequests? held;

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
        builder.ConfigureServices(services =>
            services.AddTransient<IStartupFilter>(_ => new HeldRequests.StartupFilter(() =>
                Volatile.Read(ref held)
            ))
        );
    }

    /// <summary>Holds the server's <paramref name="method"/> requests to <paramref name="path"/> until released (or disposed).</summary>
    public HeldRequests HoldRequests(string method, string path)
    {
        var hold = new HeldRequests(method, path);
        Volatile.Write(ref held, hold);
        return hold;
    }

    /// <summary>A user with a password: an owner, or <paramref name="role"/> on <paramref name="pageId"/>.</summary>
    public async Task<string> CreateUserAsync(Guid? pageId = null, ApiKeyRole? role = null)
    {
        var email = $"u-{Guid.NewGuid():N}@example.test";
        await using var scope = Services.CreateAsyncScope();
        await scope
            .ServiceProvider.GetRequiredService<IMediator>()
            .Send(
                new CreateConsoleUserCommand(
                    email,
                    pageId is null ? CreateConsoleUserCommand.OwnerRole : role.ToString(),
                    pageId is null ? null : await SlugOfAsync(pageId.Value),
                    Password,
                    ConsoleActor.Cli
                ),
                CancellationToken.None
            );
        return email;
    }

    /// <summary>The path of a valid invitation link (a Read user of the page without a password).</summary>
    public async Task<string> InviteLinkPathAsync(string slug)
    {
        await using var scope = Services.CreateAsyncScope();
        var created = await scope
            .ServiceProvider.GetRequiredService<IMediator>()
            .Send(
                new CreateConsoleUserCommand(
                    $"i-{Guid.NewGuid():N}@example.test",
                    "Read",
                    slug,
                    null,
                    ConsoleActor.Cli
                ),
                CancellationToken.None
            );
        return $"/admin/invite?user={created.UserId}&token={Uri.EscapeDataString(created.SignInToken!)}";
    }

    private Task<string> SlugOfAsync(Guid pageId) =>
        WithDbAsync(db =>
            db.StatusPages.Where(p => p.Id == pageId).Select(p => p.Slug).SingleAsync()
        );
}
