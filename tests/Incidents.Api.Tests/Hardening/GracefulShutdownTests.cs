using System.Net;
using Incidents.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Incidents.Api.Tests.Hardening;

/// <summary>Stopping the service lets a request that is already running finish (real Kestrel).</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Stop_WhileARequestIsInFlight_LetsItFinish()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var factory = new SlowEndpointFactory(started);
        await factory.InitializeAsync();
        using var client = new HttpClient { BaseAddress = factory.BaseAddress };

        var inFlight = client.GetAsync("/_test/slow", TestContext.Current.CancellationToken);
        await started.Task.WaitAsync(
            TimeSpan.FromSeconds(10),
            TestContext.Current.CancellationToken
        );
        var stopping = factory.Services.GetRequiredService<IHostApplicationLifetime>();
        stopping.StopApplication();
        using var response = await inFlight;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "finished",
            await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)
        );
    }

    private sealed class SlowEndpointFactory : SqliteApiFactory
    {
        private readonly TaskCompletionSource _started;

        public SlowEndpointFactory(TaskCompletionSource started)
        {
            _started = started;
            ServeOverTcp();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s =>
                s.AddSingleton<IStartupFilter>(new SlowEndpoint(_started))
            );
        }
    }

    private sealed class SlowEndpoint(TaskCompletionSource started) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
            app =>
            {
                app.Map(
                    "/_test/slow",
                    slow =>
                        slow.Run(async context =>
                        {
                            started.TrySetResult();
                            // Deliberately ignores RequestAborted: a shutdown must wait for it.
                            await Task.Delay(TimeSpan.FromSeconds(1.5));
                            await context.Response.WriteAsync("finished");
                        })
                );
                next(app);
            };
    }
}
