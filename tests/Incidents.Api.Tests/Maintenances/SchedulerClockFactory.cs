using Incidents.Api.Tests.Infrastructure;
using Incidents.Infrastructure.Maintenances;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Incidents.Api.Tests.Maintenances;

/// <summary>
/// The service on SQLite with a fake clock and no scheduler of its own: each test makes the
/// schedulers it needs (<see cref="NewScheduler"/>) and moves the clock.
/// </summary>
public sealed class SchedulerClockFactory : SqliteApiFactory
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Start);

    internal MaintenanceScheduler NewScheduler(MaintenanceSchedulerSignal? signal = null) =>
        new(
            Services.GetRequiredService<IServiceScopeFactory>(),
            signal ?? new MaintenanceSchedulerSignal(),
            Options.Create(new MaintenanceSchedulerOptions()),
            Time,
            NullLogger<MaintenanceScheduler>.Instance
        );

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Maintenance:Scheduler:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Time);
        });
    }
}
