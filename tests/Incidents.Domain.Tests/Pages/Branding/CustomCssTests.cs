using Incidents.Domain.Common;
using Incidents.Domain.Pages.Branding;

namespace Incidents.Domain.Tests.Pages.Branding;

public class CustomCssTests
{
    [Theory]
    [InlineData("header.site { background: #fff; }")]
    [InlineData(".banner { background-image: url(/status/acme/brand/logo); }")]
    [InlineData(".x { background: url('images/a.png') }")]
    [InlineData(".x { background: url(\"data:image/svg+xml,%3Csvg%3E\") }")]
    [InlineData("@import '/status.css';")]
    [InlineData(".q::before { content: \"\\201C\"; }")]
    public void Validate_WhenSameOriginOrPlain_KeepsTheTextAsItIs(string css)
    {
        Assert.Equal(css, CustomCss.Validate(css));
    }

    [Theory]
    [InlineData(
        ".x { background: url(https://evil.example/a.png) }",
        "Custom CSS must not load url() from other origins (https://evil.example/a.png)."
    )]
    [InlineData(
        ".x { background: URL( '//evil.example/a.png' ) }",
        "Custom CSS must not load url() from other origins (//evil.example/a.png)."
    )]
    [InlineData(
        ".x { background: url(/\\\\evil.example/a.png) }",
        "Custom CSS must not load url() from other origins (/\\evil.example/a.png)."
    )]
    [InlineData(
        ".x { background: u\\72 l(https://evil.example/a.png) }",
        "Custom CSS must not load url() from other origins (https://evil.example/a.png)."
    )]
    [InlineData(
        "@import 'https://evil.example/a.css';",
        "Custom CSS must not @import from other origins (https://evil.example/a.css)."
    )]
    [InlineData(
        "@im/**/port url(https://evil.example/a.css);",
        "Custom CSS must not load url() from other origins (https://evil.example/a.css)."
    )]
    [InlineData(
        ".x { background: image-set(\"https://evil.example/a.png\" 1x) }",
        "Custom CSS must not load image-set() from other origins (https://evil.example/a.png)."
    )]
    [InlineData(
        ".x { width: expression(alert(1)) }",
        "Custom CSS must not contain script (expression()."
    )]
    [InlineData(
        ".x { background: url(javascript:alert(1)) }",
        "Custom CSS must not contain script (javascript:)."
    )]
    public void Validate_WhenAnotherOriginOrScript_IsRefusedNamingIt(string css, string message)
    {
        var refused = Assert.Throws<DomainException>(() => CustomCss.Validate(css));

        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public void Validate_WhenOver32KB_IsRefused()
    {
        var css = "/*" + new string('x', 32 * 1024) + "*/";

        var refused = Assert.Throws<DomainException>(() => CustomCss.Validate(css));

        Assert.Equal("Custom CSS must be at most 32 KB.", refused.Message);
    }
}
