namespace Incidents.Infrastructure.ScaleOut;

/// <summary>The "Redis" section. Without a connection string the service runs in single-instance mode.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    public string? ConnectionString { get; set; }

    /// <summary>Prefix of every channel and key, so several deployments can share one Redis.</summary>
    public string Prefix { get; set; } = "incidents";
}
