namespace Incidents.Api.Tests.Cli;

public sealed class CliTests
{
    [Fact]
    public async Task PagesCreate_PrintsOnlyTheNewKeyOnStdout_AndKeysManageIt()
    {
        using var cli = new CliRunner { BootstrapKey = "cli-bootstrap-key-0123456789" };

        var page = await cli.RunAsync("pages", "create", "--name", "Acme Status", "--slug", "acme");
        var key = await cli.RunAsync(
            "keys",
            "create",
            "--page",
            "acme",
            "--name",
            "ci",
            "--role",
            "Read"
        );
        var listed = await cli.RunAsync("keys", "list", "--page", "acme");

        Assert.Equal(0, page.ExitCode);
        Assert.StartsWith("inc_", page.LastLine, StringComparison.Ordinal);
        Assert.Equal(page.LastLine, page.StandardOutput.Trim());
        Assert.DoesNotContain(page.LastLine, page.StandardError, StringComparison.Ordinal);
        Assert.Equal(0, key.ExitCode);
        Assert.StartsWith("inc_", key.LastLine, StringComparison.Ordinal);
        Assert.Equal(0, listed.ExitCode);
        Assert.Contains(page.LastLine[..12], listed.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(key.LastLine[..12], listed.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\tRead\t", listed.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(key.LastLine, listed.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeysRevoke_MarksTheKeyRevoked()
    {
        using var cli = new CliRunner { BootstrapKey = "cli-bootstrap-key-0123456789" };
        await cli.RunAsync("keys", "create", "--name", "temp");
        var before = await cli.RunAsync("keys", "list");
        var id = before
            .StandardOutput.Split('\n')
            .Single(l => l.Contains("\ttemp\t", StringComparison.Ordinal))
            .Split('\t')[0];

        var revoked = await cli.RunAsync("keys", "revoke", "--id", id);
        var after = await cli.RunAsync("keys", "list");

        Assert.Equal(0, revoked.ExitCode);
        var row = after
            .StandardOutput.Split('\n')
            .Single(l => l.StartsWith(id, StringComparison.Ordinal));
        Assert.NotEqual("-", row.Split('\t')[^1].Trim());
    }

    [Fact]
    public async Task PagesTimeZone_StoresAnIanaZone_AndRefusesAnUnknownOne()
    {
        using var cli = new CliRunner { BootstrapKey = "cli-bootstrap-key-0123456789" };
        await cli.RunAsync("pages", "create", "--name", "Acme Status", "--slug", "acme");

        var set = await cli.RunAsync(
            "pages",
            "time-zone",
            "--page",
            "acme",
            "--zone",
            "Europe/Berlin"
        );
        var bad = await cli.RunAsync(
            "pages",
            "time-zone",
            "--page",
            "acme",
            "--zone",
            "Mars/Olympus"
        );

        Assert.Equal(0, set.ExitCode);
        Assert.Equal("Europe/Berlin", set.LastLine);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains(
            "TimeZone must be an IANA time zone.",
            bad.StandardError,
            StringComparison.Ordinal
        );
        Assert.Equal(
            "Europe/Berlin",
            await cli.ScalarAsync(
                "SELECT \"TimeZone\" FROM \"StatusPages\" WHERE \"Slug\" = 'acme'"
            )
        );
    }

    [Theory]
    [InlineData("pages", "create", "--name", "Bad", "--slug", "Not A Slug")]
    [InlineData("pages", "time-zone", "--page", "no-such-page", "--zone", "UTC")]
    [InlineData("keys", "create", "--page", "no-such-page", "--name", "x")]
    [InlineData("keys", "create", "--role", "Superuser", "--name", "x")]
    [InlineData("keys", "create")]
    public async Task BadArguments_ExitNonZero_WithMessageOnStderr(params string[] args)
    {
        using var cli = new CliRunner { BootstrapKey = "cli-bootstrap-key-0123456789" };

        var result = await cli.RunAsync(args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(result.StandardError));
        Assert.True(string.IsNullOrWhiteSpace(result.StandardOutput), result.StandardOutput);
    }

    [Fact]
    public async Task FirstStart_WithoutAnyKey_GeneratesOneOnce()
    {
        using var cli = new CliRunner();

        var first = await cli.RunAsync("keys", "list");
        var second = await cli.RunAsync("keys", "list");

        Assert.Contains("generated", first.StandardError, StringComparison.Ordinal);
        Assert.Matches("inc_[A-Za-z0-9_-]{40,}", first.StandardError);
        Assert.DoesNotContain(
            "generated for the default page",
            second.StandardError,
            StringComparison.Ordinal
        );
        Assert.Contains("\tgenerated\t", second.StandardOutput, StringComparison.Ordinal);
    }
}
