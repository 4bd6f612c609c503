using Incidents.Application.Common.Interfaces;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Incidents.Infrastructure.ScaleOut;

public static class ScaleOutSetup
{
    /// <summary>
    /// With <c>Redis:ConnectionString</c>, instances share state through Redis; without it, the
    /// in-process equivalents are used (single-instance mode). Chosen by configuration alone.
    /// </summary>
    public static IServiceCollection AddScaleOut(
        this IServiceCollection services,
        IConfiguration configuration
    )
    {
        var options =
            configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>()
            ?? new RedisOptions();
        var distributed = !string.IsNullOrWhiteSpace(options.ConnectionString);
        services.AddSingleton(options);
        var instanceId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";
        services.AddSingleton(
            new ScaleOutMode(distributed, instanceId[^Math.Min(64, instanceId.Length)..])
        );
        if (!distributed)
        {
            return services;
        }

        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var redis = ConfigurationOptions.Parse(options.ConnectionString!);
            // Keep starting and keep retrying when Redis is briefly away; the database stays the source of truth.
            redis.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(redis);
        });
        services.AddSingleton<IDomainEventsCommittedListener, RedisCommittedEventsPublisher>();
        services.AddSingleton<DistributedRateLimiters>();
        services.AddHostedService<RedisCommittedEventsSubscriber>();
        return services;
    }
}
