using System.Diagnostics;
using Incidents.Api.Tests.Deployment;

namespace Incidents.Api.Tests.OpenApi;

/// <summary>
/// Redocly CLI (tools/npm/redocly, the linter a consumer would run) passes the committed document
/// with 0 errors under redocly.yaml; each warning it turns off is justified there.
/// </summary>
public sealed class OpenApiLintTests
{
    private static readonly string Redocly = RepositoryFiles.PathOf(
        "tools/npm/redocly/node_modules/.bin/redocly"
    );

    [Fact]
    public async Task CommittedDocument_PassesRedoclyLint()
    {
        Assert.SkipUnless(
            File.Exists(Redocly),
            "Redocly CLI is not installed: run npm ci --prefix tools/npm/redocly"
        );
        var start = new ProcessStartInfo(Redocly)
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (
            var arg in new[]
            {
                "lint",
                OpenApiContractTests.CommittedPath,
                "--config",
                "redocly.yaml",
                "--format",
                "summary",
            }
        )
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        var text = await output + await errors;
        Assert.True(process.ExitCode == 0, text);
        Assert.Contains("Woohoo! Your API description is valid.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("warning ", text, StringComparison.Ordinal);
    }
}
