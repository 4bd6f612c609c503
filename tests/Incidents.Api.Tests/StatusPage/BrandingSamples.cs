using System.Text;
using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>Images and settings for branded pages in tests: real PNG and WebP bytes, a clean SVG.</summary>
public static class BrandingSamples
{
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
    );

    public static readonly byte[] WebP = Convert.FromBase64String(
        "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="
    );

    /// <summary>120×40: shown 120px wide at the header's 40px.</summary>
    public const string LogoSvg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\"><rect width=\"120\" height=\"40\" rx=\"6\" fill=\"#1a5fb4\"/><text x=\"10\" y=\"27\" fill=\"#fff\" font-size=\"20\">Acme</text></svg>";

    /// <summary>Colours that pass AA in both schemes, links, a Markdown footer.</summary>
    public static readonly object Settings = new
    {
        Colors = new
        {
            Accent = "#1A5FB4",
            Operational = "#1b5e20",
            MajorOutage = "#b71c1c",
        },
        DarkColors = new { Accent = "#8fb8ff", Operational = "#66bb6a" },
        HeaderLinks = new[]
        {
            new { Name = "Acme home", Url = "https://acme.example/" },
            new { Name = "Support", Url = "https://acme.example/support" },
        },
        FooterText = "© Acme Inc. — [Privacy](https://acme.example/privacy) and **terms**.",
    };

    public const string Css =
        ".banner { border-radius: 2px; } .brand-links a { font-weight: 600; }";

    public static Task<Envelope> UploadAsync(HttpClient http, string kind, byte[] content) =>
        http.PutJsonAsync($"/api/admin/Page/Branding/{kind}", new { Content = content });

    public static Task<Envelope> UploadSvgAsync(HttpClient http, string kind, string svg) =>
        UploadAsync(http, kind, Encoding.UTF8.GetBytes(svg));

    /// <summary>Logo, favicon, colours, links, footer and CSS on the page: everything a brand has.</summary>
    public static async Task BrandAsync(HttpClient http)
    {
        foreach (
            var answer in new[]
            {
                await UploadSvgAsync(http, "Logo", LogoSvg),
                await UploadAsync(http, "Favicon", Png),
                await http.PutJsonAsync("/api/admin/Page/Branding", Settings),
                await http.PutJsonAsync("/api/admin/Page/Branding/Css", new { Css }),
            }
        )
        {
            Assert.True(answer.Success, answer.Raw);
        }
    }
}
