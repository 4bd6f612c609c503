using DotNet.Testcontainers.Configurations;

namespace Incidents.Api.Tests.Infrastructure;

/// <summary>Where the real database servers for tests are, and whether they exist here.</summary>
public static class TestServers
{
    /// <summary>
    /// A PostgreSQL login that may CREATE DATABASE, e.g.
    /// <c>Host=127.0.0.1;Username=incidents;Password=incidents;Database=postgres</c> (.ci/run sets it).
    /// </summary>
    public const string PostgresVariable = "INCIDENTS_TEST_POSTGRES";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : null;

    public static string PostgresMissingReason =>
        $"PostgreSQL tests need a server: set {PostgresVariable} (bash .ci/run installs, starts and sets it).";

    /// <summary>A Redis server for the scale-out tests, e.g. <c>127.0.0.1:6379</c> (.ci/run sets it).</summary>
    public const string RedisVariable = "INCIDENTS_TEST_REDIS";

    public static string? RedisConnectionString =>
        Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } value ? value : null;

    public static string RedisMissingReason =>
        $"Scale-out tests need Redis: set {RedisVariable} (bash .ci/run installs, starts and sets it).";

    public static bool DockerAvailable { get; } = DetectDocker();

    public const string DockerMissingReason =
        "SQL Server tests run in a Testcontainers container and no Docker engine is available on this machine.";

    private static bool DetectDocker()
    {
        try
        {
            return TestcontainersSettings.OS.DockerEndpointAuthConfig is not null;
        }
        catch (Exception)
        {
            return false;
        }
    }
}
