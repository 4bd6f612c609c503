using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace Incidents.Infrastructure.ScaleOut;

/// <summary>
/// A token bucket kept in Redis, so every instance draws from the same bucket for a key. The
/// refill uses Redis's own clock (no skew between instances). If Redis cannot be reached the
/// request is let through: limits protect the service, they must not take it down.
/// </summary>
internal sealed class RedisTokenBucketRateLimiter(
    IDatabase redis,
    RedisKey key,
    int permitsPerMinute,
    int burst
) : RateLimiter
{
    // KEYS[1] bucket; ARGV[1] tokens per millisecond; ARGV[2] capacity. Returns {acquired, retryAfterMs}.
    private const string Script = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local rate = tonumber(ARGV[1])
        local capacity = tonumber(ARGV[2])
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
        local tokens = tonumber(state[1]) or capacity
        local at = tonumber(state[2]) or now
        tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
        local acquired = 0
        local retry = 0
        if tokens >= 1 then
          tokens = tokens - 1
          acquired = 1
        else
          retry = math.ceil((1 - tokens) / rate)
        end
        redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
        redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate) + 1000)
        return {acquired, retry}
        """;

    private readonly RedisValue[] _arguments =
    [
        Math.Max(1, permitsPerMinute) / 60_000.0,
        Math.Max(1, burst),
    ];

    public override TimeSpan? IdleDuration => TimeSpan.Zero; // the state lives in Redis

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        try
        {
            return Lease((RedisResult[])redis.ScriptEvaluate(Script, [key], _arguments)!);
        }
        catch (RedisException)
        {
            return BucketLease.Acquired;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(
        int permitCount,
        CancellationToken cancellationToken
    )
    {
        try
        {
            return Lease(
                (RedisResult[])(await redis.ScriptEvaluateAsync(Script, [key], _arguments))!
            );
        }
        catch (RedisException)
        {
            return BucketLease.Acquired;
        }
    }

    private static BucketLease Lease(RedisResult[] result) =>
        (int)result[0] == 1
            ? BucketLease.Acquired
            : new BucketLease(false, TimeSpan.FromMilliseconds((long)result[1]));

    private sealed class BucketLease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly BucketLease Acquired = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames =>
            retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && metadataName == MetadataName.RetryAfter.Name;
        }
    }
}
