namespace Incidents.Api.Tests.Cli;

public sealed record CliResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string LastLine =>
        StandardOutput
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .LastOrDefault()
        ?? string.Empty;
}
