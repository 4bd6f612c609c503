using StackExchange.Redis;

namespace Incidents.Infrastructure.ScaleOut;

internal static class RedisChannels
{
    public static RedisChannel Committed(RedisOptions options) =>
        RedisChannel.Literal($"{options.Prefix}:committed-events");
}
