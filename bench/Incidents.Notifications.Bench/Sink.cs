using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Notifications.Bench;

/// <summary>
/// A Kestrel receiver on 127.0.0.1 that reads each body, answers 204 (or 503 for the hooks in
/// <see cref="Failing"/>) and counts, in total and per hook.
/// </summary>
internal sealed class Sink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _count;
    private string _base = string.Empty;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> _perHook = new();

    private Sink(WebApplication app) => _app = app;

    public string? LastBody { get; private set; }

    /// <summary>When set, the <see cref="Failing"/> hooks hang (never answer) instead of answering 503.</summary>
    public bool FailingHang { get; set; }

    /// <summary>Hooks that answer 503 (no Retry-After) to every request, or hang.</summary>
    public IReadOnlySet<int> Failing { get; set; } = new HashSet<int>();

    /// <summary>Requests received by hook <paramref name="subscriber"/>.</summary>
    public int ReceivedBy(int subscriber) => _perHook.GetValueOrDefault(subscriber);

    /// <summary>When the first request since the last <see cref="Reset"/> arrived.</summary>
    public DateTime FirstAt { get; private set; }

    public static async Task<Sink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new Sink(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            sink.LastBody = await reader.ReadToEndAsync();
            if (Interlocked.Increment(ref sink._count) == 1)
            {
                sink.FirstAt = DateTime.UtcNow;
            }

            var hook =
                context.Request.Path.StartsWithSegments("/hook", out var rest)
                && int.TryParse(
                    rest.Value?.TrimStart('/'),
                    System.Globalization.CultureInfo.InvariantCulture,
                    out var n
                )
                    ? n
                    : -1;
            sink._perHook.AddOrUpdate(hook, 1, (_, c) => c + 1);
            if (sink.FailingHang && sink.Failing.Contains(hook))
            {
                try
                {
                    await Task.Delay(TimeSpan.FromMinutes(5), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            context.Response.StatusCode = sink.Failing.Contains(hook) ? 503 : 204;
        });
        await app.StartAsync();
        sink._base = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return sink;
    }

    public string Url(int subscriber) => $"{_base}/hook/{subscriber}";

    /// <summary>Requests received since the last <see cref="Reset"/>.</summary>
    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    /// <summary>Forgets the per-hook counts (before a phase whose duplicates are counted).</summary>
    public void ResetHooks() => _perHook.Clear();

    /// <summary>Requests beyond the first per hook since <see cref="ResetHooks"/>: webhooks received twice.</summary>
    public int Duplicates => _perHook.Values.Sum(c => Math.Max(0, c - 1));

    /// <summary>Hooks that received at least one request since <see cref="ResetHooks"/>.</summary>
    public int DistinctHooks => _perHook.Count;

    /// <summary>
    /// Seconds from the first of <paramref name="count"/> sends (at most
    /// <paramref name="concurrency"/> in flight) until the sink has received them all.
    /// </summary>
    public async Task<double> TimeSendsAsync(
        int count,
        int concurrency,
        Func<int, CancellationToken, ValueTask> send
    )
    {
        Reset();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = concurrency },
            send
        );
        await WaitForAsync(count, TimeSpan.FromMinutes(5));
        return clock.Elapsed.TotalSeconds;
    }

    public async Task WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Volatile.Read(ref _count) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Only {_count} of {count} received.");
            }

            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
