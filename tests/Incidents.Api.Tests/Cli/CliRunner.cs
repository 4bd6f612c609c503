using System.Diagnostics;

namespace Incidents.Api.Tests.Cli;

/// <summary>Runs the real service executable in CLI mode against a SQLite file of its own.</summary>
public sealed class CliRunner : IDisposable
{
    private readonly string _folder = Path.Combine(
        Path.GetTempPath(),
        "incidents-cli-tests",
        Guid.NewGuid().ToString("N")
    );

    public CliRunner() => Directory.CreateDirectory(_folder);

    public string? BootstrapKey { get; init; }

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Incidents.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Incidents"] =
            $"Data Source={Path.Combine(_folder, "cli.db")}";
        start.Environment["Auth__BootstrapApiKey"] = BootstrapKey ?? string.Empty;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Reads one value from the CLI's database (to check what a command stored).</summary>
    public async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            $"Data Source={Path.Combine(_folder, "cli.db")};Pooling=False"
        );
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (
            await command.ExecuteScalarAsync(TestContext.Current.CancellationToken)
        )?.ToString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
