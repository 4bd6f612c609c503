using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Incidents.Api.Tests.Notifications.Chat;

/// <summary>
/// A loopback stand-in for Slack, Teams and Discord webhooks: per path, it answers what the test
/// says (status, body, headers) the way that platform does, and records what it received.
/// </summary>
public sealed class ChatPlatformFake : IAsyncDisposable
{
    public sealed record Answer(
        int Status,
        string Body,
        string ContentType = "text/plain",
        IReadOnlyDictionary<string, string>? Headers = null
    );

    public sealed record Received(string Path, string Query, string Body, DateTimeOffset At);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<int, Answer>> _answers = new();
    private readonly ConcurrentDictionary<string, int> _calls = new();

    private ChatPlatformFake(WebApplication app) => _app = app;

    public ConcurrentQueue<Received> Requests { get; } = new();

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<ChatPlatformFake> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new ChatPlatformFake(app);
        app.Run(fake.HandleAsync);
        await app.StartAsync(TestContext.Current.CancellationToken);
        fake.BaseUrl = app
            .Services.GetRequiredService<IServer>()
            .Features.Get<IServerAddressesFeature>()!
            .Addresses.First();
        return fake;
    }

    /// <summary>A URL on the fake; <paramref name="answer"/> gets the 1-based call number.</summary>
    public string Url(string path, Func<int, Answer> answer)
    {
        _answers[path] = answer;
        return BaseUrl + path;
    }

    public IReadOnlyList<Received> On(string path) => Requests.Where(r => r.Path == path).ToList();

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var path = context.Request.Path.Value ?? string.Empty;
        Requests.Enqueue(
            new Received(
                path,
                context.Request.QueryString.Value ?? string.Empty,
                body,
                DateTimeOffset.UtcNow
            )
        );
        var call = _calls.AddOrUpdate(path, 1, (_, n) => n + 1);
        var answer = _answers.TryGetValue(path, out var responder)
            ? responder(call)
            : new Answer(404, "not found");
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (answer.Status != 204)
        {
            await context.Response.WriteAsync(answer.Body, context.RequestAborted);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
