using System.Text;

namespace Incidents.Api.Tests.Cli;

public sealed class PageBrandingCliTests
{
    [Fact]
    public async Task PagesBranding_LogoFromAFile_PrintsItsPath_AndARefusedSvgExits2()
    {
        using var cli = new CliRunner { BootstrapKey = "cli-bootstrap-key-0123456789" };
        await cli.RunAsync("pages", "create", "--name", "Acme Status", "--slug", "acme");
        var folder = Directory.CreateTempSubdirectory("incidents-brand-cli");
        var logo = Path.Combine(folder.FullName, "logo.svg");
        var bad = Path.Combine(folder.FullName, "bad.svg");
        await File.WriteAllTextAsync(
            logo,
            StatusPage.BrandingSamples.LogoSvg,
            Encoding.UTF8,
            TestContext.Current.CancellationToken
        );
        await File.WriteAllTextAsync(
            bad,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
            TestContext.Current.CancellationToken
        );

        var set = await cli.RunAsync("pages", "branding", "logo", "--page", "acme", "--file", logo);
        var refused = await cli.RunAsync(
            "pages",
            "branding",
            "logo",
            "--page",
            "acme",
            "--file",
            bad
        );
        var removed = await cli.RunAsync("pages", "branding", "logo", "--page", "acme", "--remove");
        var again = await cli.RunAsync("pages", "branding", "logo", "--page", "acme", "--remove");
        folder.Delete(recursive: true);

        Assert.Equal(0, set.ExitCode);
        Assert.StartsWith(
            "/status/acme/brand/logo?v=",
            set.StandardOutput.Trim(),
            StringComparison.Ordinal
        );
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(
            "Logo SVG must not contain event handlers (onload=).",
            refused.StandardError,
            StringComparison.Ordinal
        );
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("The page has no logo.", again.StandardError, StringComparison.Ordinal);
    }
}
