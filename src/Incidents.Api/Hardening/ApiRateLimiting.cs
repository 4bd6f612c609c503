using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Incidents.Api.Authentication;
using Incidents.Api.Common;
using Incidents.Infrastructure.ScaleOut;

namespace Incidents.Api.Hardening;

/// <summary>
/// Token buckets: one per API key for the admin API (so one key's flood never drains another's),
/// one per client address for unauthenticated /api traffic, and the named policy
/// <see cref="PublicPerClientPolicy"/> for public endpoints that cost work (attach it with
/// <c>[EnableRateLimiting(ApiRateLimiting.PublicPerClientPolicy)]</c> or
/// <c>.RequireRateLimiting(...)</c>).
/// </summary>
public static class ApiRateLimiting
{
    public const string PublicPerClientPolicy = "public-per-client";

    public static string TooManyRequestsMessage(int seconds) =>
        seconds == 1
            ? "Too many requests. Retry after 1 second."
            : $"Too many requests. Retry after {seconds} seconds.";

    internal static IServiceCollection AddApiRateLimiting(
        this IServiceCollection services,
        RateLimitingOptions options
    ) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                // Public reads are served from the page snapshot (cheap, and the whole point under an
                // outage is that everyone can refresh): not limited. Costly public endpoints
                // (subscribe) carry the per-client policy instead.
                // The Manage API (/v1, docs/statuspage-compatibility.md) shares the key's bucket.
                if (
                    !(
                        context.Request.Path.StartsWithSegments("/api")
                        || context.Request.Path.StartsWithSegments("/v1")
                    )
                    || (
                        context.Request.Path.StartsWithSegments("/api/public")
                        && (
                            HttpMethods.IsGet(context.Request.Method)
                            || HttpMethods.IsHead(context.Request.Method)
                        )
                    )
                )
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var keyId = context.User.FindFirstValue(ApiKeyDefaults.ApiKeyIdClaim);
                return keyId is not null
                    ? Bucket(context, "key:" + keyId, options.PermitsPerMinute, options.Burst)
                    : Bucket(
                        context,
                        "ip:" + ClientAddress(context),
                        options.PermitsPerMinute,
                        options.Burst
                    );
            });
            o.AddPolicy(
                PublicPerClientPolicy,
                context =>
                    Bucket(
                        context,
                        "public:" + ClientAddress(context),
                        options.PublicPermitsPerMinute,
                        options.PublicBurst
                    )
            );
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after)
                    ? (int)Math.Ceiling(after.TotalSeconds)
                    : (int)Math.Ceiling(60.0 / Math.Max(1, options.PermitsPerMinute));
                seconds = Math.Max(1, seconds);
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(
                    CultureInfo.InvariantCulture
                );
                await ApiError.WriteAsync(
                    rejected.HttpContext,
                    StatusCodes.Status429TooManyRequests,
                    TooManyRequestsMessage(seconds)
                );
            };
        });

    /// <summary>
    /// With Redis (several instances) the bucket is shared by all instances; otherwise it is in
    /// process. In-process buckets refill in small steps (at least one token at a time).
    /// </summary>
    internal static RateLimitPartition<string> Bucket(
        HttpContext context,
        string key,
        int permitsPerMinute,
        int burst
    )
    {
        if (context.RequestServices.GetService<DistributedRateLimiters>() is { } distributed)
        {
            return RateLimitPartition.Get(
                key,
                k => distributed.CreateTokenBucket(k, permitsPerMinute, burst)
            );
        }

        var perMinute = Math.Max(1, permitsPerMinute);
        var tokensPerPeriod = Math.Max(1, perMinute / 60);
        return RateLimitPartition.GetTokenBucketLimiter(
            key,
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, burst),
                TokensPerPeriod = tokensPerPeriod,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) * tokensPerPeriod / perMinute,
                QueueLimit = 0,
                AutoReplenishment = true,
            }
        );
    }

    // Behind a reverse proxy, configure ForwardedHeaders so this is the real client.
    private static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
