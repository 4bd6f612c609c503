using System.Text;
using Incidents.Domain.Common;
using Incidents.Domain.Pages.Branding;

namespace Incidents.Domain.Tests.Pages.Branding;

public class BrandImageTests
{
    /// <summary>A real 1×1 PNG and a real 1×1 lossless WebP.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    );

    public static readonly byte[] WebP = Convert.FromBase64String(
        "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="
    );

    private static BrandImage Svg(string svg) =>
        BrandImage.Inspect("Logo", Encoding.UTF8.GetBytes(svg));

    private static string Refusal(string svg) =>
        Assert.Throws<DomainException>(() => Svg(svg)).Message;

    [Fact]
    public void Inspect_WhenPng_ReadsTypeAndSizeFromTheBytes()
    {
        var image = BrandImage.Inspect("Logo", Png);

        Assert.Equal(("image/png", 1, 1), (image.ContentType, image.Width, image.Height));
        Assert.Equal(Png, image.Content);
    }

    [Fact]
    public void Inspect_WhenWebP_ReadsTypeAndSizeFromTheBytes()
    {
        var image = BrandImage.Inspect("Favicon", WebP);

        Assert.Equal(("image/webp", 1, 1), (image.ContentType, image.Width, image.Height));
    }

    [Theory]
    [InlineData("GIF89a\u0001\u0000\u0001\u0000")]
    [InlineData("just some text, named logo.png")]
    [InlineData("<html><body>not an svg</body></html>")]
    [InlineData("<svg><unclosed>")]
    [InlineData("<svg>no namespace</svg>")]
    public void Inspect_WhenNotPngSvgOrWebP_IsRefused(string content)
    {
        var refused = Assert.Throws<DomainException>(() =>
            BrandImage.Inspect("Logo", Encoding.Latin1.GetBytes(content))
        );

        Assert.Equal("Logo must be a PNG, SVG or WebP image.", refused.Message);
    }

    [Fact]
    public void Inspect_WhenOver256KB_IsRefusedBeforeItIsRead()
    {
        var content = new byte[(256 * 1024) + 1];
        Png.CopyTo(content, 0);

        var refused = Assert.Throws<DomainException>(() => BrandImage.Inspect("Favicon", content));

        Assert.Equal("Favicon must be at most 256 KB.", refused.Message);
    }

    [Fact]
    public void Inspect_WhenCleanSvg_KeepsTheDrawingAndReadsTheViewBox()
    {
        var image = Svg(
            """
            <?xml version="1.0"?>
            <!-- made by hand -->
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                 xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                 viewBox="0 0 120 40" inkscape:version="1.3">
              <defs><linearGradient id="g"><stop offset="0" stop-color="#123"/></linearGradient></defs>
              <inkscape:grid/>
              <rect width="120" height="40" fill="url(#g)" style="stroke: url('#g')"/>
              <use xlink:href="#g"/>
              <text x="4" y="30">Acme</text>
            </svg>
            """
        );
        var svg = Encoding.UTF8.GetString(image.Content);

        Assert.Equal(("image/svg+xml", 120, 40), (image.ContentType, image.Width, image.Height));
        Assert.Contains("<rect width=\"120\" height=\"40\" fill=\"url(#g)\"", svg);
        Assert.Contains("Acme", svg);
        Assert.DoesNotContain("inkscape", svg);
        Assert.DoesNotContain("made by hand", svg);
    }

    [Theory]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "Logo SVG must not contain scripts (<script>)."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><g><h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></g></svg>",
        "Logo SVG must not contain scripts (<script>)."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        "Logo SVG must not contain event handlers (onload=)."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect ONCLICK=\"alert(1)\"/></svg>",
        "Logo SVG must not contain event handlers (ONCLICK=)."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"https://evil.example/x.svg#a\"/></svg>",
        "Logo SVG must not reference external resources (href=\"https://evil.example/x.svg#a\"); only #fragment links are allowed."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><use xlink:href=\"//evil.example/x.svg#a\"/></svg>",
        "Logo SVG must not reference external resources (href=\"//evil.example/x.svg#a\"); only #fragment links are allowed."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><rect/></a></svg>",
        "Logo SVG must not contain <a> elements."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"url(https://evil.example/p)\"/></svg>",
        "Logo SVG must not reference external resources (url(https://evil.example/p) in fill=); only #fragment references are allowed."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import 'https://evil.example/a.css';</style></svg>",
        "Logo SVG must not reference external resources (@import in <style>)."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill: u\\72l(//evil.example/p)\"/></svg>",
        "Logo SVG must not reference external resources (url(//evil.example/p) in style=); only #fragment references are allowed."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\"/></foreignObject></svg>",
        "Logo SVG must not contain foreign content (<foreignObject>)."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
        "Logo SVG must not contain <set> elements."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://evil.example/t.png\"/></svg>",
        "Logo SVG must not contain <image> elements."
    )]
    [InlineData(
        "<!DOCTYPE svg [<!ENTITY x \"boom\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>",
        "Logo SVG must not contain a DOCTYPE."
    )]
    public void Inspect_WhenSvgCouldRunOrFetchAnything_IsRefusedNamingIt(string svg, string message)
    {
        Assert.Equal(message, Refusal(svg));
    }
}
