using System.Net;
using System.Text.RegularExpressions;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>Small readers for the rendered pages (by id and class, as the views write them).</summary>
internal static partial class StatusPageHtml
{
    public static async Task<string> GetHtmlAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(
            response.StatusCode == HttpStatusCode.OK,
            $"{url}: {response.StatusCode} {html}"
        );
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return html;
    }

    public static string Banner(string html) =>
        WebUtility.HtmlDecode(BannerPattern().Match(html).Groups["text"].Value.Trim());

    public static string ComponentStatus(string html, Guid componentId)
    {
        var match = Regex.Match(
            html,
            $"id=\"component-{componentId}\"[\\s\\S]*?<span class=\"status [^\"]+\">(?<text>[^<]+)</span>"
        );
        Assert.True(match.Success, $"component {componentId} not on the page");
        return match.Groups["text"].Value;
    }

    public static string Section(string html, string id)
    {
        var match = Regex.Match(html, $"<section id=\"{id}\"[\\s\\S]*?</section>");
        Assert.True(match.Success, $"section {id} not on the page");
        return match.Value;
    }

    [GeneratedRegex("<div class=\"banner [^\"]+\" role=\"status\">\\s*<h1>(?<text>[^<]+)</h1>")]
    private static partial Regex BannerPattern();
}
