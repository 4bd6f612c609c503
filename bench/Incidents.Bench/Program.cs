using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Incidents.Bench;

/// <summary>Not a top-level program: the service's own <c>Program</c> is the factory's entry point.</summary>
public static class BenchProgram
{
    public static void Main(string[] args)
    {
        // In process: the service under test is the one built here, hosted by WebApplicationFactory.
        var config = DefaultConfig
            .Instance.AddJob(
                Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithIterationCount(10)
            )
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args, config);
    }
}
