using System.Net;
using System.Net.Sockets;
using System.Text;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Notifications;

/// <summary>
/// Instance A stops while its webhook delivery is in flight; instance B, on the same PostgreSQL
/// database, finishes it: nothing is stranded.
/// </summary>
public sealed class HandoverTests : IClassFixture<PostgreSqlInstancesFixture>
{
    private readonly PostgreSqlInstancesFixture _fixture;

    public HandoverTests(PostgreSqlInstancesFixture fixture)
    {
        _fixture = fixture;
        Assert.SkipWhen(
            fixture.Database.SkipReason is not null,
            fixture.Database.SkipReason ?? string.Empty
        );
    }

    [Fact]
    public async Task InstanceStopped_WhileItsDeliveryIsInFlight_AnotherInstanceFinishesIt()
    {
        await using var receiver = HangingThenAnsweringReceiver.Start();
        var slowAttempts = new Dictionary<string, string>
        {
            ["Notifications:Webhooks:AttemptTimeout"] = "00:01:00",
        };
        var a = NotificationsHost.Create(_fixture.Database, null, slowAttempts);
        var page = await a.CreatePageClientAsync();
        var subscribed = await page.Http.PostJsonAsync(
            "/api/admin/Subscriber",
            new { Type = "Webhook", Url = receiver.Url }
        );
        Assert.True(subscribed.Success, subscribed.Raw);

        await page.Http.CreateIncidentAsync("Handed over");
        await receiver.FirstRequestArrived.Task.WaitAsync(
            TimeSpan.FromSeconds(30),
            TestContext.Current.CancellationToken
        );
        await a.DisposeAsync(); // A stops in the middle of its attempt

        await using var b = NotificationsHost.Create(_fixture.Database, null);
        var delivery = await Eventually.WaitAsync(
            () =>
                b.WithDbAsync(db =>
                    db.Set<Delivery>().Where(d => d.PageId == page.PageId).SingleOrDefaultAsync()
                ),
            d => d?.State == DeliveryState.Succeeded,
            "the delivery finished by instance B",
            seconds: 60
        );

        Assert.Equal(DeliveryState.Succeeded, delivery!.State);
        Assert.True(receiver.AnsweredRequests >= 1);
    }

    /// <summary>Holds the first connection without answering; answers 204 to every later one.</summary>
    private sealed class HangingThenAnsweringReceiver : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly List<TcpClient> _held = [];
        private int _connections;
        private int _answered;

        public TaskCompletionSource FirstRequestArrived { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/hook";

        public int AnsweredRequests => Volatile.Read(ref _answered);

        public static HangingThenAnsweringReceiver Start()
        {
            var receiver = new HangingThenAnsweringReceiver();
            receiver._listener.Start();
            _ = receiver.AcceptLoopAsync();
            return receiver;
        }

        private async Task AcceptLoopAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception e)
                    when (e
                            is OperationCanceledException
                                or ObjectDisposedException
                                or SocketException
                    )
                {
                    return;
                }

                if (Interlocked.Increment(ref _connections) == 1)
                {
                    lock (_held)
                    {
                        _held.Add(client);
                    }

                    FirstRequestArrived.TrySetResult();
                    continue;
                }

                _ = AnswerAsync(client);
            }
        }

        private async Task AnswerAsync(TcpClient client)
        {
            using (client)
            {
                var stream = client.GetStream();
                var buffer = new byte[64 * 1024];
                var request = new StringBuilder();
                while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
                {
                    var read = await stream.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                }

                var response =
                    "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray();
                await stream.WriteAsync(response, _stop.Token);
                Interlocked.Increment(ref _answered);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            lock (_held)
            {
                _held.ForEach(c => c.Dispose());
            }

            _stop.Dispose();
        }
    }
}
