using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// A real HTTP receiver (Kestrel on 127.0.0.1, random port) recording every request per path and
/// answering with whatever the test's responder says (200 by default).
/// </summary>
public sealed class WebhookSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<
        string,
        Func<int, ReceivedWebhook, (int Status, string? Location)>
    > _responders = new();

    private WebhookSink(WebApplication app) => _app = app;

    private readonly ConcurrentDictionary<string, int> _retryAfterSeconds = new();

    private readonly ConcurrentDictionary<string, Func<int, TimeSpan>> _delays = new();

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Adds <c>Retry-After: seconds</c> to 429 and 503 answers on <paramref name="path"/>.</summary>
    public void RetryAfter(string path, int seconds) => _retryAfterSeconds[path] = seconds;

    /// <summary>Answers call number n on <paramref name="path"/> only after <paramref name="delay"/>(n) (a slow or hanging receiver).</summary>
    public void Delay(string path, Func<int, TimeSpan> delay) => _delays[path] = delay;

    public string BaseUrl { get; private set; } = string.Empty;

    public int Port => new Uri(BaseUrl).Port;

    public static async Task<WebhookSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var sink = new WebhookSink(app);
        app.Run(sink.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        sink.BaseUrl = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return sink;
    }

    /// <summary>A URL on this sink for one subscriber; <paramref name="responder"/> gets the 1-based call number on that path.</summary>
    public string Url(
        string path,
        Func<int, ReceivedWebhook, (int Status, string? Location)>? responder = null
    )
    {
        if (responder is not null)
        {
            _responders[path] = responder;
        }

        return $"{BaseUrl}/{path}";
    }

    public void Respond(
        string path,
        Func<int, ReceivedWebhook, (int Status, string? Location)> responder
    ) => _responders[path] = responder;

    public IReadOnlyList<ReceivedWebhook> On(string path) =>
        Received.Where(r => r.Path == "/" + path).ToList();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = new HeaderDictionary();
        foreach (var header in context.Request.Headers)
        {
            headers[header.Key] = header.Value;
        }

        var received = new ReceivedWebhook(
            context.Request.Path.Value ?? "/",
            headers,
            body,
            DateTimeOffset.UtcNow
        );
        Received.Enqueue(received);
        var path = received.Path.TrimStart('/');
        var call = Received.Count(r => r.Path == received.Path);
        if (
            _delays.TryGetValue(path, out var delay)
            && delay(call) is { } wait
            && wait > TimeSpan.Zero
        )
        {
            // The sender gives up first (its attempt timeout) and hangs up.
            try
            {
                await Task.Delay(wait, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var (status, location) = _responders.TryGetValue(path, out var responder)
            ? responder(call, received)
            : (200, null);
        context.Response.StatusCode = status;
        if (status is 429 or 503 && _retryAfterSeconds.TryGetValue(path, out var seconds))
        {
            context.Response.Headers.RetryAfter = seconds.ToString(
                System.Globalization.CultureInfo.InvariantCulture
            );
        }

        if (location is not null)
        {
            context.Response.Headers.Location = location;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
