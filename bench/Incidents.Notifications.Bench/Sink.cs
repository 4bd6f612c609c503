using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Notifications.Bench;

/// <summary>A Kestrel receiver on 127.0.0.1 that reads each body, answers 204 and counts.</summary>
internal sealed class Sink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _count;
    private string _base = string.Empty;

    private Sink(WebApplication app) => _app = app;

    public string? LastBody { get; private set; }

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

            context.Response.StatusCode = 204;
        });
        await app.StartAsync();
        sink._base = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return sink;
    }

    public string Url(int subscriber) => $"{_base}/hook/{subscriber}";

    public void Reset() => Interlocked.Exchange(ref _count, 0);

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
