using System.Text.RegularExpressions;
using Incidents.Infrastructure.Text;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>The Markdown subset of incident updates and its safety rules (ADR 0024), renderer only.</summary>
public sealed class IncidentMarkdownTests
{
    private static string Html(string markdown) => IncidentMarkdown.ToHtml(markdown);

    [Fact]
    public void Render_Emphasis_BecomesStrongAndEm()
    {
        var html = Html("**Payments** are *slow*");

        Assert.Contains("<strong>Payments</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>slow</em>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_List_BecomesUlWithItems()
    {
        var html = Html("Affected:\n\n- EU\n- US");

        Assert.Contains("<ul>", html, StringComparison.Ordinal);
        Assert.Contains("<li>EU</li>", html, StringComparison.Ordinal);
        Assert.Contains("<li>US</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SingleLineBreak_IsKeptAsBr()
    {
        var html = Html("First line\nSecond line");

        Assert.Matches("First line<br ?/?>\\s*Second line", html);
    }

    [Fact]
    public void Render_Code_IsEncodedInsideCodeElements()
    {
        var html = Html("Run `kill <pid>`\n\n```\nif (a < b) {}\n```");

        Assert.Contains("<code>kill &lt;pid&gt;</code>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code>if (a &lt; b) {}", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(
        "See https://example.com/status?a=1&b=2 now",
        "https://example.com/status?a=1&amp;b=2"
    )]
    [InlineData("See www.example.com now", "https://www.example.com")]
    [InlineData("See <https://example.com/x> now", "https://example.com/x")]
    [InlineData(
        "See [the post-mortem](https://example.com/pm \"PM\") now",
        "https://example.com/pm"
    )]
    [InlineData("Mail <ops@example.com>", "mailto:ops@example.com")]
    [InlineData("Mail [us](MAILTO:ops@example.com)", "MAILTO:ops@example.com")]
    public void Render_AllowedLink_HasHrefAndNofollowNoopener(string markdown, string href)
    {
        var html = Html(markdown);

        Assert.Matches(
            $"<a href=\"{Regex.Escape(href)}\"( title=\"[^\"]*\")? rel=\"nofollow noopener\">",
            html
        );
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x](java&#9;script:alert(1))")]
    [InlineData("[x](<java\tscript:alert(1)>)")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("[x](file:///etc/passwd)")]
    [InlineData("[x](/admin)")]
    [InlineData("[x](//evil.example/)")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[x](ftp://files.example/x)")]
    public void Render_LinkWithOtherScheme_IsItsTextWithoutHref(string markdown)
    {
        var html = Html(markdown);

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("<p>x</p>", html.Trim());
    }

    [Theory]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("ftp://files.example/x", "ftp://files.example/x")]
    public void Render_AutolinkWithOtherScheme_IsPlainText(string markdown, string text)
    {
        var html = Html(markdown);

        Assert.DoesNotContain("<a", html, StringComparison.Ordinal);
        Assert.Equal($"<p>{text}</p>", html.Trim());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("Hi <b onmouseover=alert(1)>there</b>", "&lt;b onmouseover=alert(1)&gt;")]
    [InlineData("<!-- hidden -->", "&lt;!-- hidden --&gt;")]
    [InlineData("\"><svg onload=alert(2)>", "&quot;&gt;&lt;svg onload=alert(2)&gt;")]
    public void Render_RawHtml_IsShownAsEncodedText(string markdown, string encoded)
    {
        var html = Html(markdown);

        Assert.Contains(encoded, html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<(script|img|b |svg|!--)", html);
    }

    [Fact]
    public void Render_Image_IsALinkToTheImageNotAnImg()
    {
        var html = Html("![error graph](https://cdn.example/graph.png)");

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains(
            "<a href=\"https://cdn.example/graph.png\" rel=\"nofollow noopener\">error graph</a>",
            html,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public void Render_ImageWithoutAltText_LinksWithTheUrlAsText()
    {
        var html = Html("![](https://cdn.example/graph.png)");

        Assert.Contains(">https://cdn.example/graph.png</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("![graph](javascript:alert(1))", "<p>graph</p>")]
    [InlineData("![graph](data:image/svg+xml;base64,PHN2Zz4=)", "<p>graph</p>")]
    [InlineData(
        "[![graph](https://cdn.example/g.png)](https://example.com)",
        "<p><a href=\"https://example.com\" rel=\"nofollow noopener\">graph</a></p>"
    )]
    public void Render_ImageWithOtherSchemeOrInsideALink_IsItsAltText(
        string markdown,
        string expected
    )
    {
        var html = Html(markdown);

        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Equal(expected, html.Trim());
    }

    [Fact]
    public void Render_Headings_StartBelowTheIncidentTitle()
    {
        var html = Html("# Impact\n\n## Details\n\n#### Deep");

        Assert.Contains("<h4>Impact</h4>", html, StringComparison.Ordinal);
        Assert.Contains("<h5>Details</h5>", html, StringComparison.Ordinal);
        Assert.Contains("<h6>Deep</h6>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<h[1-3]", html);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Render_Empty_IsEmpty(string? markdown) =>
        Assert.Equal(string.Empty, IncidentMarkdown.ToHtml(markdown));

    [Theory]
    [InlineData("http://example.com", true)]
    [InlineData("HTTPS://example.com", true)]
    [InlineData("mailto:ops@example.com", true)]
    [InlineData(" https://example.com", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("/relative", false)]
    [InlineData("example.com", false)]
    [InlineData(null, false)]
    public void IsAllowedUrl_OnlyHttpHttpsMailto(string? url, bool allowed) =>
        Assert.Equal(allowed, IncidentMarkdown.IsAllowedUrl(url));
}
