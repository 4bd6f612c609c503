using System.Net;
using System.Net.Http.Headers;
using Incidents.Api.Tests.Infrastructure;
using Incidents.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>
/// The page's brand (issue 15) through the real pipeline: the admin API and its refusals, the
/// branded page, its assets (cached, ETag, evicted on change, on the page's hostname), the badge,
/// and the default look of a page without a brand; run per database provider by the derived classes.
/// </summary>
public abstract class PageBrandingTests
{
    private const string Branding = "/api/admin/Page/Branding";

    private readonly FakeClockApiFactory factory;

    protected PageBrandingTests(FakeClockApiFactory factory)
    {
        this.factory = factory;
        if (factory.SkipReason is not null)
        {
            Assert.Skip(factory.SkipReason);
        }
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> GetAsync(
        string path,
        string? host = null,
        string? ifNoneMatch = null
    )
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
        {
            request.Headers.Host = host;
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }

        var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct), response);
    }

    private Task<int> AuditCountAsync(Guid pageId, string action) =>
        factory.WithDbAsync(db =>
            db.Set<AuditEntry>().CountAsync(a => a.PageId == pageId && a.Action == action, Ct)
        );

    [Fact]
    public async Task Put_ThenGet_StoresNormalisedSettings_AndAuditsOnlyARealChange()
    {
        var page = await factory.CreatePageClientAsync();

        var put = await page.Http.PutJsonAsync(Branding, BrandingSamples.Settings);
        var again = await page.Http.PutJsonAsync(Branding, BrandingSamples.Settings);
        var got = await page.Http.GetEnvelopeAsync(Branding);

        Assert.True(put.Success, put.Raw);
        Assert.Equal("Branding updated successfully", put.Message);
        Assert.Equal("Branding updated successfully", again.Message);
        Assert.Equal("Branding retrieved successfully", got.Message);
        var result = got.Result;
        Assert.Equal("#1a5fb4", result.GetProperty("Colors").GetProperty("Accent").GetString());
        Assert.Equal("#8fb8ff", result.GetProperty("DarkColors").GetProperty("Accent").GetString());
        Assert.Equal(2, result.GetProperty("HeaderLinks").GetArrayLength());
        Assert.Equal(
            "https://acme.example/support",
            result.GetProperty("HeaderLinks")[1].GetProperty("Url").GetString()
        );
        Assert.Equal(JsonNull, result.GetProperty("Logo").ValueKind);
        Assert.Equal(1, await AuditCountAsync(page.PageId, "ChangePageBranding"));
    }

    private const System.Text.Json.JsonValueKind JsonNull = System.Text.Json.JsonValueKind.Null;

    [Fact]
    public async Task Put_WhenAColourFailsContrast_Is400NamingThePair_AndStoresNothing()
    {
        var page = await factory.CreatePageClientAsync();

        var refused = await page.Http.PutJsonAsync(
            Branding,
            new { Colors = new { Accent = "#1a5fb4" }, DarkColors = new { Accent = "#1a5fb4" } }
        );
        var got = await page.Http.GetEnvelopeAsync(Branding);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.False(refused.Success);
        Assert.Equal(
            "DarkColors.Accent #1a5fb4 on the dark page background #12151b has a contrast of 2.90:1; WCAG AA needs at least 4.5:1.",
            refused.Message
        );
        Assert.Equal(JsonNull, got.Result.GetProperty("Colors").ValueKind);
        Assert.Equal(0, await AuditCountAsync(page.PageId, "ChangePageBranding"));
    }

    [Theory]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
        "Logo SVG must not contain scripts (<script>)."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect/></svg>",
        "Logo SVG must not contain event handlers (onload=)."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"https://evil.example/a.svg#x\"/></svg>",
        "Logo SVG must not reference external resources (href=\"https://evil.example/a.svg#x\"); only #fragment links are allowed."
    )]
    [InlineData(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><use xlink:href=\"http://evil.example/a.svg#x\"/></svg>",
        "Logo SVG must not reference external resources (href=\"http://evil.example/a.svg#x\"); only #fragment links are allowed."
    )]
    [InlineData("GIF89a not an image we take", "Logo must be a PNG, SVG or WebP image.")]
    public async Task UploadLogo_WhenRefused_Is400WithItsMessage_AndStoresNothing(
        string content,
        string message
    )
    {
        var page = await factory.CreatePageClientAsync();

        var refused = await BrandingSamples.UploadSvgAsync(page.Http, "Logo", content);
        var got = await page.Http.GetEnvelopeAsync(Branding);
        var served = await GetAsync($"/status/{page.Slug}/brand/logo");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(message, refused.Message);
        Assert.Equal(JsonNull, got.Result.GetProperty("Logo").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, served.Status);
        var stored = await factory.WithDbAsync(db =>
            db.Set<Incidents.Domain.Pages.Branding.PageAsset>()
                .CountAsync(a => a.PageId == page.PageId, Ct)
        );
        Assert.Equal(0, stored);
    }

    [Fact]
    public async Task UploadFavicon_Over256KB_Is400_AndOver400KBBody_Is413()
    {
        var page = await factory.CreatePageClientAsync();
        var big = new byte[(256 * 1024) + 1];
        BrandingSamples.Png.CopyTo(big, 0);

        var refused = await BrandingSamples.UploadAsync(page.Http, "Favicon", big);
        var tooLarge = await BrandingSamples.UploadAsync(
            page.Http,
            "Favicon",
            new byte[320 * 1024]
        );

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Favicon must be at most 256 KB.", refused.Message);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        Assert.Equal("The request body is too large (at most 400 KB).", tooLarge.Message);
    }

    [Theory]
    [InlineData(
        ".x { background: url(https://evil.example/a.png) }",
        "Custom CSS must not load url() from other origins (https://evil.example/a.png)."
    )]
    [InlineData(
        "@import url(\"//evil.example/a.css\");",
        "Custom CSS must not load url() from other origins (//evil.example/a.css)."
    )]
    [InlineData(
        "@import 'https://evil.example/a.css';",
        "Custom CSS must not @import from other origins (https://evil.example/a.css)."
    )]
    [InlineData(
        ".x { width: expression(alert(1)) }",
        "Custom CSS must not contain script (expression()."
    )]
    public async Task PutCss_WhenAnotherOriginOrScript_Is400WithItsMessage(
        string css,
        string message
    )
    {
        var page = await factory.CreatePageClientAsync();

        var refused = await page.Http.PutJsonAsync($"{Branding}/Css", new { Css = css });

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal(message, refused.Message);
    }

    [Fact]
    public async Task BrandedPage_ShowsLogoLinksFooterFaviconAndStylesheet()
    {
        var page = await factory.CreatePageClientAsync();
        await BrandingSamples.BrandAsync(page.Http);
        var brand = (await page.Http.GetEnvelopeAsync(Branding)).Result;
        var logoUrl = brand.GetProperty("Logo").GetProperty("Url").GetString()!;
        var faviconUrl = brand.GetProperty("Favicon").GetProperty("Url").GetString()!;

        var (status, html, _) = await GetAsync($"/status/{page.Slug}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith($"/status/{page.Slug}/brand/logo?v=", logoUrl, StringComparison.Ordinal);
        Assert.Contains(
            $"<img src=\"{logoUrl}\" alt=\"Test page {page.Slug}\" height=\"40\" width=\"120\">",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"<link rel=\"icon\" href=\"{faviconUrl}\" type=\"image/png\">",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"<link rel=\"stylesheet\" href=\"/status/{page.Slug}/brand.css\">",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "<a href=\"https://acme.example/support\">Support</a>",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "<a href=\"https://acme.example/privacy\" rel=\"nofollow noopener\">Privacy</a>",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains("<strong>terms</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("/favicon.svg", html, StringComparison.Ordinal);

        var logo = await GetAsync(logoUrl);
        var favicon = await GetAsync(faviconUrl);
        var css = await GetAsync($"/status/{page.Slug}/brand.css");
        Assert.Equal("image/svg+xml", logo.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("viewBox=\"0 0 120 40\"", logo.Body, StringComparison.Ordinal);
        Assert.Equal("image/png", favicon.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("text/css", css.Response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(
            "@media not (prefers-color-scheme: dark) {\n  :root { --accent: #1a5fb4; --ok: #1b5e20; --major: #b71c1c; }",
            css.Body,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "@media (prefers-color-scheme: dark) {\n  :root { --accent: #8fb8ff; --ok: #66bb6a; }",
            css.Body,
            StringComparison.Ordinal
        );
        Assert.EndsWith(BrandingSamples.Css + "\n", css.Body, StringComparison.Ordinal);
        Assert.NotNull(
            logo.Response.Headers.GetValues("Content-Security-Policy").SingleOrDefault()
        );
    }

    [Fact]
    public async Task PageWithoutBrand_KeepsTheDefaultLook()
    {
        var page = await factory.CreatePageClientAsync();

        var (_, html, _) = await GetAsync($"/status/{page.Slug}");
        var css = await GetAsync($"/status/{page.Slug}/brand.css");
        var logo = await GetAsync($"/status/{page.Slug}/brand/logo");

        Assert.Contains(
            "<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">",
            html,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("brand.css", html, StringComparison.Ordinal);
        Assert.DoesNotContain("brand-", html, StringComparison.Ordinal);
        Assert.Matches(
            $"<header class=\"site\">\\s*<div class=\"wrap\">\\s*<a class=\"brand\" href=\"/status/{page.Slug}\">Test page {page.Slug}</a>\\s*</div>\\s*</header>",
            html
        );
        Assert.Equal(HttpStatusCode.OK, css.Status);
        Assert.DoesNotContain("--", css.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, logo.Status);
    }

    [Fact]
    public async Task Assets_CarryETags_AndAChangeEvictsThePageAndItsAssets()
    {
        var page = await factory.CreatePageClientAsync();
        await BrandingSamples.BrandAsync(page.Http);
        var before = await GetAsync($"/status/{page.Slug}");
        var css = await GetAsync($"/status/{page.Slug}/brand.css");
        var etag = css.Response.Headers.ETag!.ToString();
        var revalidated = await GetAsync($"/status/{page.Slug}/brand.css", ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.Status);
        Assert.Equal("no-cache", css.Response.Headers.CacheControl?.ToString());

        var uploaded = await BrandingSamples.UploadAsync(page.Http, "Logo", BrandingSamples.WebP);
        var changedCss = await page.Http.PutJsonAsync(
            $"{Branding}/Css",
            new { Css = ".banner { border-radius: 0; }" }
        );
        var after = await GetAsync($"/status/{page.Slug}");
        var cssAfter = await GetAsync($"/status/{page.Slug}/brand.css", ifNoneMatch: etag);
        var logo = await GetAsync($"/status/{page.Slug}/brand/logo");

        Assert.True(uploaded.Success, uploaded.Raw);
        Assert.True(changedCss.Success, changedCss.Raw);
        var newLogo = uploaded.Result.GetProperty("Logo").GetProperty("Url").GetString()!;
        Assert.DoesNotContain(newLogo, before.Body, StringComparison.Ordinal);
        Assert.Contains(newLogo, after.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, cssAfter.Status);
        Assert.Contains(".banner { border-radius: 0; }", cssAfter.Body, StringComparison.Ordinal);
        Assert.Equal("image/webp", logo.Response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RemoveLogo_ShowsTheNameAgain_AndASecondRemoveIs400()
    {
        var page = await factory.CreatePageClientAsync();
        Assert.True(
            (
                await BrandingSamples.UploadSvgAsync(page.Http, "Logo", BrandingSamples.LogoSvg)
            ).Success
        );
        await GetAsync($"/status/{page.Slug}"); // cached with the logo

        var removed = await page.Http.DeleteEnvelopeAsync($"{Branding}/Logo");
        var again = await page.Http.DeleteEnvelopeAsync($"{Branding}/Logo");
        var (_, html, _) = await GetAsync($"/status/{page.Slug}");
        var logo = await GetAsync($"/status/{page.Slug}/brand/logo");

        Assert.Equal("Logo removed successfully", removed.Message);
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal("The page has no logo.", again.Message);
        Assert.Contains($">Test page {page.Slug}</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, logo.Status);
    }

    [Fact]
    public async Task OnThePagesHostname_TheBrandAndItsAssetsAreServed()
    {
        var page = await factory.CreatePageClientAsync();
        var host = $"status-{Guid.NewGuid():N}.example.test";
        Assert.True(
            (
                await page.Http.PostJsonAsync("/api/admin/Page/Hostname", new { Hostname = host })
            ).Success
        );
        await BrandingSamples.BrandAsync(page.Http);

        var (status, html, _) = await GetAsync("/", host);
        var logo = await GetAsync($"/status/{page.Slug}/brand/logo", host);
        var css = await GetAsync($"/status/{page.Slug}/brand.css", host);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"/status/{page.Slug}/brand/logo?v=", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, logo.Status);
        Assert.Equal(HttpStatusCode.OK, css.Status);
    }

    [Fact]
    public async Task Badge_UsesThePagesStatusColour()
    {
        var page = await factory.CreatePageClientAsync();
        var plain = await GetAsync($"/status/{page.Slug}/badge.svg");
        Assert.Contains("fill=\"#2e7d32\"", plain.Body, StringComparison.Ordinal);

        await page.Http.PutJsonAsync(Branding, BrandingSamples.Settings);
        var branded = await GetAsync($"/status/{page.Slug}/badge.svg");

        Assert.Contains("fill=\"#1b5e20\"", branded.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("#2e7d32", branded.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OnAnotherPagesKey_ChangesOnlyThatPage()
    {
        var first = await factory.CreatePageClientAsync();
        var second = await factory.CreatePageClientAsync();

        await BrandingSamples.UploadSvgAsync(first.Http, "Logo", BrandingSamples.LogoSvg);
        var logo = await GetAsync($"/status/{second.Slug}/brand/logo");
        var html = (await GetAsync($"/status/{second.Slug}")).Body;

        Assert.Equal(HttpStatusCode.NotFound, logo.Status);
        Assert.DoesNotContain("/brand/logo", html, StringComparison.Ordinal);
        Assert.Equal(
            JsonNull,
            (await second.Http.GetEnvelopeAsync(Branding)).Result.GetProperty("Logo").ValueKind
        );
    }
}
