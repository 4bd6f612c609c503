using System.Text;
using Incidents.Api.PublicStatus;
using Incidents.Api.PublicStatus.Caching;
using Incidents.Application.PublicStatus.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>
/// Concurrent misses of one public answer are rendered once. When a write commits while that
/// render runs, its answer may predate the write, so the requests that waited must not take it —
/// but neither may each of them go to the database: they wait for the next render instead.
/// </summary>
public sealed class PublicResponseCoalescingTests
{
    private const int Waiters = 10;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WriteDuringTheRender_WaitersShareTheNextRender_NotOneEach()
    {
        var site = await Site.CreateAsync(gatedRenders: 1);

        var (firstContext, first) = site.Request();
        // Everything up to the wait on the render in flight runs synchronously (the page's slug is
        // known): when InvokeAsync returns, the request already waits for the first render.
        var waiting = Enumerable.Range(0, Waiters).Select(_ => site.Request()).ToList();
        Assert.Equal(1, site.Renders);
        Assert.All(waiting, w => Assert.False(w.Task.IsCompleted));

        site.Cache.Evict(site.Page.Id); // a write commits while the first render runs
        site.MayFinish.SetResult();
        await first.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await Task.WhenAll(waiting.Select(w => w.Task)).WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal("render 1", Body(firstContext));
        // The waiters got answers rendered after the write…
        Assert.All(waiting, w => Assert.NotEqual("render 1", Body(w.Context)));
        // …from one more render, not one each (11 before). A waiter that missed the second
        // render's entry just before it was stored and its in-flight task just after it ended
        // starts a third: rare, and still fresh.
        Assert.InRange(site.Renders, 2, 3);
    }

    [Fact]
    public async Task NoWriteDuringTheRender_WaitersShareIt()
    {
        var site = await Site.CreateAsync(gatedRenders: int.MaxValue);

        var requests = Enumerable.Range(0, Waiters + 1).Select(_ => site.Request()).ToList();
        site.MayFinish.SetResult();
        await Task.WhenAll(requests.Select(r => r.Task)).WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.All(requests, r => Assert.Equal("render 1", Body(r.Context)));
        Assert.Equal(1, site.Renders);
    }

    private static string Body(HttpContext context) =>
        Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    /// <summary>
    /// The middleware in front of an endpoint that writes "render N" (N counts the renders); the
    /// first <c>gatedRenders</c> renders finish only once <see cref="MayFinish"/> is set.
    /// </summary>
    private sealed class Site
    {
        private int _renders;
        private PublicResponseCacheMiddleware _middleware = null!;

        private Site() { }

        public PublicPageDto Page { get; } =
            new(Guid.NewGuid(), "default", "Page", DateTimeOffset.UtcNow, "UTC");

        public PublicResponseCache Cache { get; } = new();

        public TaskCompletionSource MayFinish { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Renders => Volatile.Read(ref _renders);

        public static async Task<Site> CreateAsync(int gatedRenders)
        {
            var site = new Site();
            site._middleware = new PublicResponseCacheMiddleware(
                async context =>
                {
                    var render = Interlocked.Increment(ref site._renders);
                    if (render <= gatedRenders)
                    {
                        await site.MayFinish.Task;
                    }

                    context.Response.StatusCode = StatusCodes.Status200OK;
                    context.Response.ContentType = "text/plain";
                    await context.Response.Body.WriteAsync(
                        Encoding.UTF8.GetBytes($"render {render}")
                    );
                },
                site.Cache,
                await DirectoryOfAsync(site.Page),
                Options.Create(new StatusPageOptions())
            );
            return site;
        }

        public (HttpContext Context, Task Task) Request()
        {
            var context = new DefaultHttpContext();
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = "/api/public/default/summary";
            context.Request.RouteValues["slug"] = "default";
            context.SetEndpoint(
                new Endpoint(
                    _ => Task.CompletedTask,
                    new EndpointMetadataCollection(new PublicCacheAttribute()),
                    "summary"
                )
            );
            context.Response.Body = new MemoryStream();
            return (context, _middleware.InvokeAsync(context));
        }
    }

    /// <summary>A directory that knows the page's slug already (as after its first request).</summary>
    private static async Task<PageDirectory> DirectoryOfAsync(PublicPageDto page)
    {
        var reader = Substitute.For<IPublicStatusReader>();
        reader.FindPageAsync(page.Slug, Arg.Any<CancellationToken>()).Returns(page);
        var services = new ServiceCollection().AddSingleton(reader).BuildServiceProvider();
        var directory = new PageDirectory(services.GetRequiredService<IServiceScopeFactory>());
        Assert.Equal(page.Id, await directory.FindAsync(page.Slug, Ct));
        return directory;
    }
}
