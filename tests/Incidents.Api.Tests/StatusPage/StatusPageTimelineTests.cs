using System.Text.RegularExpressions;
using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>
/// History bars and uptime on a seeded timeline, with the fake clock moved between writes:
/// created 2026-06-01 00:00, Major Outage 06-03 00:00–06:00 (incident), Partial Outage 06-05
/// 00:00–12:00 (manual), read at 06-10 00:00. Tracked 216 h; down 6 h × 1 + 12 h × 0.3 = 9.6 h;
/// uptime 1 − 9.6/216 = 95.56 %.
/// </summary>
public abstract class StatusPageTimelineTests
{
    private readonly FakeClockApiFactory factory;

    protected StatusPageTimelineTests(FakeClockApiFactory factory)
    {
        this.factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    [Fact]
    public async Task Components_OnSeededTimeline_ShowWorstStatusPerDayAndUptime()
    {
        var time = factory.Time;
        var page = await factory.CreatePageClientAsync();
        var api = await page.Http.CreateComponentAsync("API");
        time.Advance(TimeSpan.FromDays(2));
        var incident = await page.Http.CreateIncidentAsync("API unreachable", "Major Outage", api);
        time.Advance(TimeSpan.FromHours(6));
        var resolved = await page.Http.PostJsonAsync(
            "/api/admin/Incident/ResolveIncident",
            new { IncidentId = incident }
        );
        Assert.True(resolved.Success, resolved.Raw);
        time.Advance(TimeSpan.FromHours(42));
        Assert.True(
            (
                await page.Http.PutJsonAsync(
                    "/api/admin/Component",
                    new { ComponentId = api, Status = "Partial Outage" }
                )
            ).Success
        );
        time.Advance(TimeSpan.FromHours(12));
        Assert.True(
            (
                await page.Http.PutJsonAsync(
                    "/api/admin/Component",
                    new { ComponentId = api, Status = "Operational" }
                )
            ).Success
        );
        time.Advance(TimeSpan.FromHours(108));
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 0, 0, 0, TimeSpan.Zero), time.GetUtcNow());
        // A write on the page evicts its cache after the last clock move.
        await page.Http.CreateComponentAsync("Later");

        var anonymous = factory.CreateClient();
        var components = await anonymous.GetEnvelopeAsync($"/api/public/{page.Slug}/components");
        var html = await anonymous.GetHtmlAsync($"/status/{page.Slug}");

        var component = components
            .Result.EnumerateArray()
            .Single(c => c.GetProperty("Id").GetGuid() == api);
        Assert.Equal(95.56, component.GetProperty("UptimePercent").GetDouble());
        var days = component
            .GetProperty("Days")
            .EnumerateArray()
            .ToDictionary(
                d => d.GetProperty("Date").GetString()!,
                d => d.GetProperty("Status").GetString()
            );
        Assert.Equal(90, days.Count);
        Assert.Equal("2026-03-13", days.Keys.First());
        Assert.Equal("2026-06-10", days.Keys.Last());
        Assert.Null(days["2026-05-31"]);
        Assert.Equal("Operational", days["2026-06-01"]);
        Assert.Equal("Operational", days["2026-06-02"]);
        Assert.Equal("Major Outage", days["2026-06-03"]);
        Assert.Equal("Operational", days["2026-06-04"]);
        Assert.Equal("Partial Outage", days["2026-06-05"]);
        Assert.Equal("Operational", days["2026-06-09"]);
        var june3 = component
            .GetProperty("Days")
            .EnumerateArray()
            .Single(d => d.GetProperty("Date").GetString() == "2026-06-03");
        Assert.Equal(
            "API unreachable",
            june3.GetProperty("Incidents")[0].GetProperty("Title").GetString()
        );

        Assert.Contains("95.56% uptime", html, StringComparison.Ordinal);
        Assert.Matches(
            "<li class=\"day s-major\" title=\"2026-06-03: Major Outage — API unreachable\"",
            html
        );
        Assert.Matches("<li class=\"day s-partial\" title=\"2026-06-05: Partial Outage\"", html);
        Assert.Matches("<li class=\"day s-none\" title=\"2026-05-31: No data\"", html);
        Assert.Equal(
            90,
            Regex.Count(
                Regex.Match(html, $"id=\"component-{api}\"[\\s\\S]*?</ol>").Value,
                "<li class=\"day "
            )
        );
    }
}
