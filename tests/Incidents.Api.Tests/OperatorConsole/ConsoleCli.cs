using System.Diagnostics;
using Incidents.Api.Tests.Cli;

namespace Incidents.Api.Tests.OperatorConsole;

/// <summary>Runs the real service executable's CLI against a given database (the one a test server uses).</summary>
public static class ConsoleCli
{
    public static async Task<CliResult> RunAsync(
        string connectionString,
        string? standardInput,
        params string[] args
    )
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetTempPath(),
            RedirectStandardInput = true,
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
        start.Environment["ConnectionStrings__Incidents"] = connectionString;
        start.Environment["Auth__BootstrapApiKey"] = "cli-bootstrap-key-0123456789";
        start.Environment["Console__PublicUrl"] = "http://console.example.test";

        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            await process.StandardInput.WriteLineAsync(standardInput);
        }

        process.StandardInput.Close();
        var ct = TestContext.Current.CancellationToken;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
