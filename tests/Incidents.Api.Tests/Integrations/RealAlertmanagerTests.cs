using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Api.Tests.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.Integrations;

/// <summary>
/// Debian's real Prometheus Alertmanager (package prometheus-alertmanager, with amtool) posting
/// to the running service: one alert fired with amtool opens exactly one incident on the matched
/// component, stays one through repeats, and amtool's --end resolves it.
/// </summary>
public sealed partial class RealAlertmanagerTests(KestrelIntegrationFactory factory)
    : IClassFixture<KestrelIntegrationFactory>
{
    private const string AlertmanagerBinary = "/usr/bin/prometheus-alertmanager";
    private const string AmtoolBinary = "/usr/bin/amtool";

    private static readonly bool Installed =
        File.Exists(AlertmanagerBinary) && File.Exists(AmtoolBinary);

    private const string MissingReason =
        "Needs Debian's prometheus-alertmanager package (/usr/bin/prometheus-alertmanager and /usr/bin/amtool); .ci/run installs it.";

    [Fact]
    public async Task AmtoolAlert_FiresRepeatsAndResolves_OneIncidentOpenedThenResolved()
    {
        Assert.SkipUnless(Installed, MissingReason);
        var ct = TestContext.Current.CancellationToken;
        var page = await factory.CreatePageClientAsync();
        var component = await page.Http.CreateComponentAsync("API");
        var created = await page.Http.PostJsonAsync(
            "/api/admin/Integration",
            new
            {
                Type = "Alertmanager",
                Name = "Real Alertmanager",
                Rules = new[]
                {
                    new
                    {
                        Match = new Dictionary<string, string> { ["service"] = "api" },
                        Components = new[] { component },
                        Impact = "Major Outage",
                    },
                },
            }
        );
        Assert.True(created.Success, created.Raw);
        var integrationId = created.Result.GetProperty("Id").GetGuid();
        var receiverUrl = new Uri(
            factory.BaseAddress,
            $"/api/integrations/alertmanager/{integrationId}"
        );
        var token = created.Result.GetProperty("Token").GetString()!;

        var folder = Directory.CreateTempSubdirectory("incidents-alertmanager-");
        var port = FreeLoopbackPort();
        var alertmanagerUrl = $"http://127.0.0.1:{port}";
        await File.WriteAllTextAsync(
            Path.Combine(folder.FullName, "alertmanager.yml"),
            $"""
            route:
              receiver: status.page
              group_by: ['alertname', 'service']
              group_wait: 1s
              group_interval: 2s
              repeat_interval: 2s
            receivers:
              - name: status.page
                webhook_configs:
                  - url: {receiverUrl}
                    send_resolved: true
                    http_config:
                      authorization:
                        type: Bearer
                        credentials: {token}
            """,
            ct
        );
        using var alertmanager = Process.Start(
            new ProcessStartInfo(AlertmanagerBinary)
            {
                ArgumentList =
                {
                    "--config.file=" + Path.Combine(folder.FullName, "alertmanager.yml"),
                    "--storage.path=" + Path.Combine(folder.FullName, "data"),
                    $"--web.listen-address=127.0.0.1:{port}",
                    "--cluster.listen-address=",
                },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }
        )!;
        var log = new System.Text.StringBuilder();
        alertmanager.ErrorDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }
        };
        alertmanager.BeginErrorReadLine();
        alertmanager.BeginOutputReadLine();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            await Eventually.WaitAsync(
                async () => await IsReadyAsync(http, alertmanagerUrl),
                ready => ready,
                "Alertmanager ready"
            );
            string[] alert =
            [
                "ApiDown",
                "service=api",
                "severity=critical",
                "--annotation=summary=The API is down",
            ];

            await AmtoolAsync([.. alert], alertmanagerUrl);

            var incidents = await Eventually.WaitAsync(
                () => OpenIncidentsAsync(page.PageId),
                list => list.Count > 0,
                "an incident opened by Alertmanager"
            );
            var incident = Assert.Single(incidents);
            Assert.Equal([component], incident.AffectedComponentIds);
            Assert.Equal("The API is down", incident.Title);

            // The first notification and at least two repeats (group_interval/repeat_interval 2 s).
            await Eventually.WaitAsync(
                async () => await NotificationsSentAsync(http, alertmanagerUrl),
                sent => sent >= 3,
                "three webhook notifications from Alertmanager",
                seconds: 60
            );
            Assert.Equal(0, await NotificationsFailedAsync(http, alertmanagerUrl));
            Assert.Single(await AllIncidentsAsync(page.PageId));

            var now = DateTimeOffset.UtcNow.ToString(
                "yyyy-MM-ddTHH:mm:ssZ",
                CultureInfo.InvariantCulture
            );
            await AmtoolAsync([.. alert, "--end=" + now], alertmanagerUrl);

            var resolved = await Eventually.WaitAsync(
                () => AllIncidentsAsync(page.PageId),
                list => list.Count == 1 && list[0].IsResolved,
                "the incident resolved by Alertmanager's resolved notification",
                seconds: 60
            );
            Assert.Equal(incident.Id, Assert.Single(resolved).Id);
            Assert.Equal(0, await NotificationsFailedAsync(http, alertmanagerUrl));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            lock (log)
            {
                throw new InvalidOperationException("Alertmanager log:\n" + log, e);
            }
        }
        finally
        {
            alertmanager.Kill(entireProcessTree: true);
            await alertmanager.WaitForExitAsync(CancellationToken.None);
            folder.Delete(recursive: true);
        }
    }

    private Task<List<Incidents.Domain.Incidents.Incident>> AllIncidentsAsync(Guid pageId) =>
        factory.WithDbAsync(db =>
            db.Incidents.AsNoTracking()
                .Where(i => i.PageId == pageId)
                .ToListAsync(TestContext.Current.CancellationToken)
        );

    private async Task<List<Incidents.Domain.Incidents.Incident>> OpenIncidentsAsync(Guid pageId) =>
        (await AllIncidentsAsync(pageId)).Where(i => !i.IsResolved).ToList();

    private static async Task AmtoolAsync(string[] arguments, string alertmanagerUrl)
    {
        var start = new ProcessStartInfo(AmtoolBinary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("alert");
        start.ArgumentList.Add("add");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--alertmanager.url=" + alertmanagerUrl);
        using var amtool = Process.Start(start)!;
        var error = await amtool.StandardError.ReadToEndAsync(
            TestContext.Current.CancellationToken
        );
        await amtool.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(amtool.ExitCode == 0, $"amtool failed ({amtool.ExitCode}): {error}");
    }

    private static async Task<bool> IsReadyAsync(HttpClient http, string alertmanagerUrl)
    {
        try
        {
            using var response = await http.GetAsync(
                alertmanagerUrl + "/-/ready",
                TestContext.Current.CancellationToken
            );
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static Task<int> NotificationsSentAsync(HttpClient http, string url) =>
        MetricAsync(http, url, NotificationsTotal());

    private static Task<int> NotificationsFailedAsync(HttpClient http, string url) =>
        MetricAsync(http, url, NotificationsFailed());

    /// <summary>Alertmanager's own counters, from its /metrics.</summary>
    private static async Task<int> MetricAsync(HttpClient http, string url, Regex metric)
    {
        var text = await http.GetStringAsync(
            url + "/metrics",
            TestContext.Current.CancellationToken
        );
        var match = metric.Match(text);
        return match.Success
            ? (int)double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : 0;
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(
        @"^alertmanager_notifications_total\{integration=""webhook""\} (\S+)$",
        RegexOptions.Multiline
    )]
    private static partial Regex NotificationsTotal();

    [GeneratedRegex(
        @"^alertmanager_notifications_failed_total\{integration=""webhook""\} (\S+)$",
        RegexOptions.Multiline
    )]
    private static partial Regex NotificationsFailed();
}
