using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Incidents.Infrastructure.Notifications.Channels.Chat;

/// <summary>
/// Incident Markdown (ADR 24) in each chat platform's dialect, safely: raw HTML becomes text,
/// only http(s) and mailto links survive, and mass mentions (<c>@everyone</c>, <c>@here</c>,
/// <c>@channel</c>, Slack's <c>&lt;!channel&gt;</c>, Discord's <c>&lt;@&amp;role&gt;</c>) are
/// neutralised — an incident update must never page a whole workspace.
/// </summary>
internal static class ChatMarkdown
{
    /// <summary>A zero-width space after '@' keeps the text readable and unparseable as a mention.</summary>
    private const string ZeroWidthSpace = "\u200B";

    private static readonly string[] AllowedPrefixes = ["http://", "https://", "mailto:"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .Build();

    public enum Dialect
    {
        /// <summary>Slack mrkdwn: *bold*, _italic_, &lt;url|text&gt;, &amp; &lt; &gt; escaped.</summary>
        Slack,

        /// <summary>Discord Markdown: **bold**, *italic*, [text](url).</summary>
        Discord,

        /// <summary>Adaptive Card TextBlock Markdown: **bold**, _italic_, [text](url), lists.</summary>
        Teams,
    }

    public static string Convert(string? markdown, Dialect dialect)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return string.Empty;
        }

        var document = Markdown.Parse(markdown, Pipeline);
        var output = new StringBuilder();
        foreach (var block in document)
        {
            WriteBlock(output, block, dialect, indent: string.Empty);
        }

        return output.ToString().Trim();
    }

    /// <summary>Plain text for fields that are not Markdown (titles, names), mentions neutralised.</summary>
    public static string Plain(string text, Dialect dialect) => Escape(text, dialect);

    private static void WriteBlock(
        StringBuilder output,
        Block block,
        Dialect dialect,
        string indent
    )
    {
        switch (block)
        {
            case HeadingBlock heading:
                output.Append(indent);
                Bold(output, dialect, () => WriteInlines(output, heading.Inline, dialect));
                output.Append("\n\n");
                break;
            case ParagraphBlock paragraph:
                output.Append(indent);
                WriteInlines(output, paragraph.Inline, dialect);
                output.Append("\n\n");
                break;
            case ListBlock list:
                var number = 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    output.Append(indent).Append(list.IsOrdered ? $"{number++}. " : "• ");
                    var first = true;
                    foreach (var child in item)
                    {
                        var start = output.Length;
                        WriteBlock(output, child, dialect, first ? string.Empty : indent + "   ");
                        first = false;
                        // Items are lines, not paragraphs.
                        while (output.Length > start && output[^1] == '\n')
                        {
                            output.Length--;
                        }

                        output.Append('\n');
                    }
                }

                output.Append('\n');
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    WriteBlock(output, child, dialect, indent + "> ");
                }

                break;
            case CodeBlock code:
                output.Append("```\n");
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                {
                    output.Append(Escape(line.ToString(), dialect, inCode: true)).Append('\n');
                }

                output.Append("```\n\n");
                break;
            case ThematicBreakBlock:
                output.Append(indent).Append("———\n\n");
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                WriteInlines(output, leaf.Inline, dialect);
                output.Append("\n\n");
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    WriteBlock(output, child, dialect, indent);
                }

                break;
            default:
                break;
        }
    }

    private static void WriteInlines(
        StringBuilder output,
        ContainerInline? inlines,
        Dialect dialect
    )
    {
        if (inlines is null)
        {
            return;
        }

        foreach (var inline in inlines)
        {
            WriteInline(output, inline, dialect);
        }
    }

    private static void WriteInline(StringBuilder output, Inline inline, Dialect dialect)
    {
        switch (inline)
        {
            case LiteralInline literal:
                output.Append(Escape(literal.Content.ToString(), dialect));
                break;
            case CodeInline code:
                output.Append('`').Append(Escape(code.Content, dialect, inCode: true)).Append('`');
                break;
            case LineBreakInline:
                output.Append('\n');
                break;
            case EmphasisInline emphasis when emphasis.DelimiterCount >= 2:
                Bold(output, dialect, () => WriteInlines(output, emphasis, dialect));
                break;
            case EmphasisInline emphasis:
                var mark = dialect == Dialect.Discord ? "*" : "_";
                output.Append(mark);
                WriteInlines(output, emphasis, dialect);
                output.Append(mark);
                break;
            case LinkInline link:
                WriteLink(output, link, dialect);
                break;
            case AutolinkInline autolink:
                WriteUrl(output, autolink.Url, autolink.Url, dialect);
                break;
            case HtmlEntityInline entity:
                output.Append(Escape(entity.Transcoded.ToString(), dialect));
                break;
            case ContainerInline container:
                WriteInlines(output, container, dialect);
                break;
            default:
                output.Append(Escape(inline.ToString() ?? string.Empty, dialect));
                break;
        }
    }

    private static void WriteLink(StringBuilder output, LinkInline link, Dialect dialect)
    {
        var text = new StringBuilder();
        WriteInlines(text, link, dialect);
        var url = link.Url ?? string.Empty;
        if (
            link.IsImage
            || !AllowedPrefixes.Any(p => url.StartsWith(p, StringComparison.OrdinalIgnoreCase))
        )
        {
            output.Append(text);
            return;
        }

        WriteUrl(output, url, text.ToString(), dialect);
    }

    private static void WriteUrl(StringBuilder output, string url, string text, Dialect dialect)
    {
        if (!AllowedPrefixes.Any(p => url.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
        {
            output.Append(Escape(text, dialect));
            return;
        }

        switch (dialect)
        {
            case Dialect.Slack:
                // '|' and '>' would end the link early; the URL keeps its own escaping.
                output
                    .Append('<')
                    .Append(
                        url.Replace("|", "%7C", StringComparison.Ordinal)
                            .Replace(">", "%3E", StringComparison.Ordinal)
                    )
                    .Append('|')
                    .Append(text.Replace("|", "¦", StringComparison.Ordinal))
                    .Append('>');
                break;
            default:
                output
                    .Append('[')
                    .Append(text.Replace("]", "\\]", StringComparison.Ordinal))
                    .Append("](")
                    .Append(
                        url.Replace(")", "%29", StringComparison.Ordinal)
                            .Replace(" ", "%20", StringComparison.Ordinal)
                    )
                    .Append(')');
                break;
        }
    }

    private static void Bold(StringBuilder output, Dialect dialect, Action inner)
    {
        var mark = dialect == Dialect.Slack ? "*" : "**";
        output.Append(mark);
        inner();
        output.Append(mark);
    }

    private static string Escape(string text, Dialect dialect, bool inCode = false)
    {
        var escaped = dialect switch
        {
            // Slack's three control characters; this also turns <!channel> into inert text.
            Dialect.Slack => text.Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal),
            // Discord parses <@id>, <@&role>, <#channel> even in embeds' text: break the '<@'.
            Dialect.Discord => text.Replace(
                    "<@",
                    "<" + ZeroWidthSpace + "@",
                    StringComparison.Ordinal
                )
                .Replace("<#", "<" + ZeroWidthSpace + "#", StringComparison.Ordinal),
            // Teams mentions are <at>…</at> with entities; keep them literal.
            _ => text.Replace("<at>", "&lt;at&gt;", StringComparison.OrdinalIgnoreCase),
        };
        if (inCode)
        {
            return escaped;
        }

        foreach (var mention in MassMentions)
        {
            escaped = escaped.Replace(
                mention,
                "@" + ZeroWidthSpace + mention[1..],
                StringComparison.OrdinalIgnoreCase
            );
        }

        return escaped;
    }

    private static readonly string[] MassMentions = ["@everyone", "@here", "@channel"];

    /// <summary>Text shown verbatim by the platform (Slack plain_text): only the mentions are broken.</summary>
    public static string NoMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var mention in MassMentions)
        {
            text = text.Replace(
                mention,
                "@" + ZeroWidthSpace + mention[1..],
                StringComparison.OrdinalIgnoreCase
            );
        }

        return text.Replace("<!", "<" + ZeroWidthSpace + "!", StringComparison.Ordinal);
    }

    /// <summary>Cuts at a character boundary, marking the cut.</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text[..(max - 1)] + "…";
}
