using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>
/// Holds matching requests on the server until released, as a slow network would — so a test can
/// look at the browser while its POST is on its way. Done on the server because a Playwright .NET
/// route handler that has not handled its route yet blocks every later message of the connection
/// (the test's own evaluate calls hung until the run's timeout).
/// </summary>
public sealed class HeldRequests : IDisposable
{
    private readonly TaskCompletionSource release = new(
        TaskCreationOptions.RunContinuationsAsynchronously
    );
    private int count;

    public HeldRequests(string method, string path)
    {
        Method = method;
        Path = path;
    }

    public string Method { get; }

    public string Path { get; }

    /// <summary>How many matching requests reached the server so far.</summary>
    public int Count => Volatile.Read(ref count);

    public void Release() => release.TrySetResult();

    public void Dispose() => Release();

    internal bool Matches(HttpRequest request) =>
        HttpMethods.Equals(request.Method, Method)
        && string.Equals(request.Path.Value, Path, StringComparison.Ordinal);

    internal Task HoldAsync(CancellationToken aborted)
    {
        Interlocked.Increment(ref count);
        return release.Task.WaitAsync(aborted);
    }

    /// <summary>Runs first in the pipeline; asks the factory for the hold that is armed, if any.</summary>
    internal sealed class StartupFilter(Func<HeldRequests?> current) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                app.Use(
                    async (context, nextMiddleware) =>
                    {
                        if (current() is { } hold && hold.Matches(context.Request))
                        {
                            await hold.HoldAsync(context.RequestAborted);
                        }

                        await nextMiddleware(context);
                    }
                );
                next(app);
            };
    }
}
