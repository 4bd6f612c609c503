using System.Globalization;
using Incidents.Api.PublicStatus.Caching;
using Microsoft.AspNetCore.Http.Features;

namespace Incidents.Api.PublicStatus.Live;

/// <summary>
/// GET /status/{slug}/events: a Server-Sent Events stream of "changed" notices (never cached).
/// A comment line every 15 s keeps proxies from closing an idle stream.
/// </summary>
internal static class StatusPageEventsEndpoint
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    public static async Task HandleAsync(
        HttpContext context,
        string slug,
        PageDirectory directory,
        IStatusPageBroadcaster broadcaster
    )
    {
        var cancellation = context.RequestAborted;
        if (await directory.FindAsync(slug, cancellation) is not { } pageId)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        using var subscription = broadcaster.Subscribe(pageId);
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Accel-Buffering"] = "no";
        await context.Response.WriteAsync("retry: 3000\n: connected\n\n", cancellation);
        await context.Response.Body.FlushAsync(cancellation);
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
                timeout.CancelAfter(Heartbeat);
                string message;
                try
                {
                    var change = await subscription.Changes.ReadAsync(timeout.Token);
                    message = string.Create(
                        CultureInfo.InvariantCulture,
                        $"event: changed\ndata: {{\"Kind\":\"{change.Kind}\",\"OccurredAt\":\"{change.OccurredAt:O}\"}}\n\n"
                    );
                }
                catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
                {
                    message = ": ping\n\n";
                }

                await context.Response.WriteAsync(message, cancellation);
                await context.Response.Body.FlushAsync(cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // The viewer went away.
        }
        catch (System.Threading.Channels.ChannelClosedException)
        {
            // Unsubscribed while shutting down.
        }
    }
}
