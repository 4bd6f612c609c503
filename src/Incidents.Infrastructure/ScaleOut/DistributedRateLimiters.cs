using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Incidents.Infrastructure.ScaleOut;

/// <summary>Registered only in distributed mode: token buckets shared by all instances through Redis.</summary>
public sealed class DistributedRateLimiters(IConnectionMultiplexer redis, RedisOptions options)
{
    public RateLimiter CreateTokenBucket(string partitionKey, int permitsPerMinute, int burst) =>
        new RedisTokenBucketRateLimiter(
            redis.GetDatabase(),
            $"{options.Prefix}:rate:{partitionKey}",
            permitsPerMinute,
            burst
        );
}
