namespace Incidents.Api.Tests.Cli;

public sealed class StatuspageImportCliTests
{
    private static string Fixture(string name) =>
        Path.Combine(AppContext.BaseDirectory, "StatuspageCompatibility", "Fixtures", name);

    [Fact]
    public async Task ImportStatuspage_GitHubsRealAnswers_CreatesThenSkips_AndIsAudited()
    {
        using var cli = new CliRunner { BootstrapKey = "cli-bootstrap-key-0123456789" };
        await cli.RunAsync("pages", "create", "--name", "Acme Status", "--slug", "acme");
        string[] import =
        [
            "import",
            "statuspage",
            "--page",
            "acme",
            "--components",
            Fixture("github-components.json"),
            "--incidents",
            Fixture("github-incidents.json"),
        ];

        var first = await cli.RunAsync(import);
        var second = await cli.RunAsync(import);
        var missingFile = await cli.RunAsync(
            "import",
            "statuspage",
            "--page",
            "acme",
            "--incidents",
            "no-such-file.json"
        );

        Assert.Equal(0, first.ExitCode);
        Assert.EndsWith(
            "Import finished: 6 created, 0 skipped, 0 refused.",
            first.StandardOutput.Trim(),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "created\tIncident\t69sb0f8lydp4\t",
            first.StandardOutput,
            StringComparison.Ordinal
        );
        Assert.Equal(0, second.ExitCode);
        Assert.EndsWith(
            "Import finished: 0 created, 6 skipped, 0 refused.",
            second.StandardOutput.Trim(),
            StringComparison.Ordinal
        );
        Assert.Equal(2, missingFile.ExitCode);
        Assert.Contains("not found", missingFile.StandardError, StringComparison.Ordinal);
        Assert.Equal(
            "2",
            await cli.ScalarAsync(
                "SELECT COUNT(*) FROM \"Incidents\" WHERE \"ExternalId\" LIKE 'statuspage:%' AND \"Backfilled\" = 1"
            )
        );
        Assert.Equal(
            "6",
            await cli.ScalarAsync(
                "SELECT COUNT(*) FROM \"AuditEntries\" WHERE \"ApiKeyName\" = 'CLI import'"
            )
        );
    }
}
