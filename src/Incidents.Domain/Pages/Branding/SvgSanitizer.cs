using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Incidents.Domain.Common;

namespace Incidents.Domain.Pages.Branding;

/// <summary>
/// An allow-list over the parsed XML of an uploaded SVG (ADR 0131). What could run or fetch
/// anything is refused with a message naming it — scripts, event handlers, external references
/// (href, url(), @import), foreign content, animation, any element not on the list — rather than
/// silently dropped, so the operator knows their file was not shown as drawn. What is merely
/// editor baggage (comments, processing instructions, elements and attributes of other
/// namespaces such as Inkscape's) is dropped. The output is re-serialised from the checked tree,
/// so what is served is exactly what was checked. No DTD (entities) is ever processed.
/// </summary>
public static partial class SvgSanitizer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private static readonly HashSet<string> AllowedElements = new(StringComparer.Ordinal)
    {
        "svg",
        "g",
        "defs",
        "symbol",
        "use",
        "title",
        "desc",
        "metadata",
        "style",
        "path",
        "rect",
        "circle",
        "ellipse",
        "line",
        "polyline",
        "polygon",
        "text",
        "tspan",
        "textPath",
        "linearGradient",
        "radialGradient",
        "stop",
        "pattern",
        "clipPath",
        "mask",
        "marker",
        "filter",
        "feBlend",
        "feColorMatrix",
        "feComponentTransfer",
        "feComposite",
        "feFlood",
        "feGaussianBlur",
        "feMerge",
        "feMergeNode",
        "feOffset",
        "feFuncA",
        "feFuncR",
        "feFuncG",
        "feFuncB",
        "feDropShadow",
        "feMorphology",
        "feTurbulence",
        "feDisplacementMap",
        "feTile",
        "feConvolveMatrix",
        "feSpecularLighting",
        "feDiffuseLighting",
        "fePointLight",
        "feSpotLight",
        "feDistantLight",
    };

    /// <summary>Whether the bytes start (after a BOM and white space) like an XML document.</summary>
    public static bool LooksLikeXml(byte[] content)
    {
        var span = content.AsSpan();
        if (span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF)
        {
            span = span[3..];
        }

        while (span.Length > 0 && span[0] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            span = span[1..];
        }

        return span.Length > 0 && span[0] == (byte)'<';
    }

    public static (byte[] Content, int? Width, int? Height) Sanitize(string what, byte[] content)
    {
        XDocument document;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(
                stream,
                new XmlReaderSettings
                {
                    DtdProcessing = DtdProcessing.Prohibit,
                    XmlResolver = null,
                    IgnoreComments = true,
                    IgnoreProcessingInstructions = true,
                    MaxCharactersInDocument = BrandImage.MaxBytes * 2L,
                }
            );
            document = XDocument.Load(reader);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new DomainException($"{what} SVG must not contain a DOCTYPE.");
        }
        catch (XmlException)
        {
            throw BrandImage.NotAnImage(what);
        }

        var root = document.Root;
        if (root is null || root.Name != Svg + "svg")
        {
            throw BrandImage.NotAnImage(what);
        }

        Check(what, root);
        var (width, height) = Size(root);

        var output = new MemoryStream();
        using (
            var writer = XmlWriter.Create(
                output,
                new XmlWriterSettings
                {
                    OmitXmlDeclaration = true,
                    Encoding = new UTF8Encoding(false),
                }
            )
        )
        {
            root.Save(writer);
        }

        return (output.ToArray(), width, height);
    }

    private static void Check(string what, XElement element)
    {
        var local = element.Name.LocalName;
        if (local.Equals("script", StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException($"{what} SVG must not contain scripts (<script>).");
        }

        if (element.Name.Namespace != Svg)
        {
            element.Remove(); // editor metadata (Inkscape, Sodipodi, RDF), with its content: not drawn
            return;
        }

        if (local == "foreignObject")
        {
            throw new DomainException(
                $"{what} SVG must not contain foreign content (<foreignObject>)."
            );
        }

        if (!AllowedElements.Contains(local))
        {
            throw new DomainException($"{what} SVG must not contain <{local}> elements.");
        }

        if (local == "style")
        {
            CheckCss(what, element.Value, "<style>");
        }

        foreach (var attribute in element.Attributes().ToList())
        {
            CheckAttribute(what, attribute);
        }

        foreach (var child in element.Elements().ToList())
        {
            Check(what, child);
        }
    }

    private static void CheckAttribute(string what, XAttribute attribute)
    {
        var name = attribute.Name;
        if (attribute.IsNamespaceDeclaration)
        {
            // Declarations of dropped namespaces go; the writer re-declares what is still used.
            if (attribute.Value != Svg.NamespaceName && attribute.Value != XLink.NamespaceName)
            {
                attribute.Remove();
            }

            return;
        }

        if (name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException(
                $"{what} SVG must not contain event handlers ({name.LocalName}=)."
            );
        }

        var isHref =
            name.LocalName == "href"
            && (name.Namespace == XNamespace.None || name.Namespace == XLink);
        if (isHref)
        {
            if (!attribute.Value.Trim().StartsWith('#'))
            {
                throw new DomainException(
                    $"{what} SVG must not reference external resources ({Excerpt(name.LocalName + "=\"" + attribute.Value + "\"")}); only #fragment links are allowed."
                );
            }

            return;
        }

        if (name.Namespace != XNamespace.None && name.Namespace != XNamespace.Xml)
        {
            attribute.Remove(); // inkscape:label, sodipodi:docname and the like
            return;
        }

        if (name.Namespace == XNamespace.Xml && name.LocalName == "base")
        {
            attribute.Remove();
            return;
        }

        CheckCss(what, attribute.Value, name.LocalName + "=");
    }

    /// <summary>url() only to a #fragment of this image; no @import, no script in any form.</summary>
    private static void CheckCss(string what, string value, string where)
    {
        var normalized = CssText.Normalize(value);
        if (
            normalized.Contains("javascript:", StringComparison.Ordinal)
            || normalized.Contains("expression(", StringComparison.Ordinal)
        )
        {
            throw new DomainException($"{what} SVG must not contain scripts ({where}).");
        }

        if (normalized.Contains("@import", StringComparison.Ordinal))
        {
            throw new DomainException(
                $"{what} SVG must not reference external resources (@import in {where})."
            );
        }

        foreach (var url in CssText.Urls(normalized))
        {
            if (!url.StartsWith('#'))
            {
                throw new DomainException(
                    $"{what} SVG must not reference external resources ({Excerpt("url(" + url + ")")} in {where}); only #fragment references are allowed."
                );
            }
        }
    }

    /// <summary>The intrinsic size: the viewBox's, else width and height in user units (px).</summary>
    private static (int? Width, int? Height) Size(XElement root)
    {
        var viewBox = (string?)root.Attribute("viewBox");
        if (viewBox is not null)
        {
            var parts = viewBox
                .Replace(',', ' ')
                .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (
                parts.Length == 4
                && double.TryParse(parts[2], CultureInfo.InvariantCulture, out var w)
                && double.TryParse(parts[3], CultureInfo.InvariantCulture, out var h)
                && w > 0
                && h > 0
            )
            {
                return (Dimension(w), Dimension(h));
            }
        }

        return (
            Length((string?)root.Attribute("width")),
            Length((string?)root.Attribute("height"))
        );
    }

    private static int? Length(string? value)
    {
        var match = value is null ? null : PixelLength().Match(value.Trim());
        return
            match is { Success: true }
            && double.TryParse(match.Groups[1].Value, CultureInfo.InvariantCulture, out var v)
            && v > 0
            ? Dimension(v)
            : null;
    }

    private static int Dimension(double value) => (int)Math.Clamp(Math.Round(value), 1, 16384);

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"^([0-9]*\.?[0-9]+)(px)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex PixelLength();
}
