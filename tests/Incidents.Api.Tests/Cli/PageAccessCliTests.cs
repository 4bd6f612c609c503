namespace Incidents.Api.Tests.Cli;

public sealed class PageAccessCliTests
{
    [Fact]
    public async Task PagesAccessAndFeedToken_SetShowNewRevoke_ThroughTheSameCommands()
    {
        using var cli = new CliRunner { BootstrapKey = "cli-bootstrap-key-0123456789" };
        await cli.RunAsync("pages", "create", "--name", "Acme Status", "--slug", "acme");

        var restricted = await cli.RunAsync(
            "pages",
            "access",
            "set",
            "--page",
            "acme",
            "--visibility",
            "Restricted",
            "--allow",
            "Example.org",
            "--allow",
            "ops@example.com",
            "--ip-allow",
            "10.0.0.0/8"
        );
        var token = await cli.RunAsync("pages", "feed-token", "new", "--page", "acme");
        var stored = await cli.ScalarAsync(
            "SELECT FeedTokenHash FROM StatusPages WHERE Slug = 'acme'"
        );
        var revoked = await cli.RunAsync("pages", "feed-token", "revoke", "--page", "acme");
        var shown = await cli.RunAsync("pages", "access", "show", "--page", "acme");
        var refused = await cli.RunAsync(
            "pages",
            "access",
            "set",
            "--page",
            "acme",
            "--visibility",
            "Password"
        );

        Assert.Equal(0, restricted.ExitCode);
        Assert.Contains(
            "Visibility: Restricted",
            restricted.StandardOutput,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "AllowedSignIns: example.org,ops@example.com",
            restricted.StandardOutput,
            StringComparison.Ordinal
        );
        Assert.Contains(
            "IpAllowList: 10.0.0.0/8",
            restricted.StandardOutput,
            StringComparison.Ordinal
        );
        Assert.Equal(0, token.ExitCode);
        Assert.StartsWith("pft_", token.StandardOutput.Trim(), StringComparison.Ordinal);
        Assert.NotNull(stored);
        Assert.DoesNotContain(token.StandardOutput.Trim(), stored, StringComparison.Ordinal);
        Assert.Equal(0, revoked.ExitCode);
        Assert.Contains("HasFeedToken: False", shown.StandardOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains(
            "Password is required to make the page Password-protected.",
            refused.StandardError,
            StringComparison.Ordinal
        );
    }
}
