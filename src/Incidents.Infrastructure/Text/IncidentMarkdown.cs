using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Incidents.Infrastructure.Text;

/// <summary>
/// Renders the Markdown of an incident update as safe HTML, for the public pages and the HTML part of
/// notification emails (ADR 0024). The only place where user text reaches HTML unencoded: raw HTML is shown as text, links carry
/// <c>rel="nofollow noopener"</c>, only http, https and mailto URLs survive (anything else becomes
/// its text), images become links to the image, and headings start below the incident's own.
/// </summary>
public static class IncidentMarkdown
{
    /// <summary>The incident's title is an h3: an h1 in an update becomes an h4.</summary>
    private const int HeadingShift = 3;

    private static readonly string[] AllowedPrefixes = ["http://", "https://", "mailto:"];

    // Built once: a MarkdownPipeline is immutable and safe to share between threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks(new AutoLinkOptions { UseHttpsForWWWLinks = true })
        .UseSoftlineBreakAsHardlineBreak()
        .UseReferralLinks("nofollow", "noopener")
        .Build();

    public static string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        Sanitize(document);
        return Markdown.ToHtml(document, Pipeline);
    }

    /// <summary>Whether <paramref name="url"/> may become an href: http, https or mailto, nothing else.</summary>
    /// <remarks>
    /// A prefix test on the decoded URL, not a parse: a browser ignores tabs and newlines inside a
    /// scheme (<c>java&#9;script:</c>) and strips leading spaces, and a prefix of exactly these
    /// characters leaves no room for either. Relative URLs are dropped too (nothing needs them).
    /// </remarks>
    public static bool IsAllowedUrl(string? url) =>
        url is not null
        && AllowedPrefixes.Any(p => url.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    private static void Sanitize(MarkdownDocument document)
    {
        // Collected first: the loop rewrites the tree.
        foreach (var node in document.Descendants().ToList())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    heading.Level = Math.Min(6, heading.Level + HeadingShift);
                    break;
                case AutolinkInline autolink:
                    RewriteAutolink(autolink);
                    break;
                case LinkInline link:
                    RewriteLink(link);
                    break;
            }
        }
    }

    /// <summary>
    /// <c>&lt;https://…&gt;</c> and <c>&lt;someone@example.com&gt;</c>: made ordinary links, so that one
    /// renderer (with its rel) writes every link; any other scheme stays as its text.
    /// </summary>
    private static void RewriteAutolink(AutolinkInline autolink)
    {
        var url = autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url;
        if (!IsAllowedUrl(url))
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
            return;
        }

        var link = new LinkInline(url, string.Empty);
        link.AppendChild(new LiteralInline(autolink.Url));
        autolink.ReplaceBy(link);
    }

    private static void RewriteLink(LinkInline link)
    {
        // A dynamic URL would be asked for at render time, after this check: never keep one.
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        link.GetDynamicUrl = null;
        link.Url = url;

        if (!IsAllowedUrl(url))
        {
            Unwrap(link);
            return;
        }

        if (!link.IsImage)
        {
            return;
        }

        // An image inside a link would become a link inside a link: keep its alt text only.
        if (IsInsideLink(link))
        {
            Unwrap(link);
            return;
        }

        // No <img> from user text (the CSP blocks other hosts anyway): a link to the image, its alt
        // text (or else the URL) as the link's text.
        link.IsImage = false;
        if (link.FirstChild is null)
        {
            link.AppendChild(new LiteralInline(url!));
        }
    }

    private static bool IsInsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Replaces a link or image by its content (the link's text, the image's alt text).</summary>
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
