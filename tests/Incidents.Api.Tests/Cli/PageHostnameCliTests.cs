namespace Incidents.Api.Tests.Cli;

public sealed class PageHostnameCliTests
{
    [Fact]
    public async Task PagesHostnames_AddListRemove_PrintsTheHostnamesOneALine()
    {
        using var cli = new CliRunner { BootstrapKey = "cli-bootstrap-key-0123456789" };
        await cli.RunAsync("pages", "create", "--name", "Acme Status", "--slug", "acme");

        var added = await cli.RunAsync(
            "pages",
            "hostnames",
            "add",
            "--page",
            "acme",
            "--host",
            "Status.Example.com"
        );
        await cli.RunAsync(
            "pages",
            "hostnames",
            "add",
            "--page",
            "acme",
            "--host",
            "status.acme.test"
        );
        var removed = await cli.RunAsync(
            "pages",
            "hostnames",
            "remove",
            "--page",
            "acme",
            "--host",
            "status.acme.test"
        );
        var listed = await cli.RunAsync("pages", "hostnames", "list", "--page", "acme");
        var refused = await cli.RunAsync(
            "pages",
            "hostnames",
            "add",
            "--page",
            "acme",
            "--host",
            "https://bad/"
        );

        Assert.Equal(0, added.ExitCode);
        Assert.Equal("status.example.com", added.StandardOutput.Trim());
        Assert.Equal(0, removed.ExitCode);
        Assert.Equal("status.example.com", listed.StandardOutput.Trim());
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(
            "Hostname must be a DNS name",
            refused.StandardError,
            StringComparison.Ordinal
        );
        Assert.Equal(
            "status.example.com",
            await cli.ScalarAsync("SELECT group_concat(Name) FROM PageHostnames")
        );
    }
}
