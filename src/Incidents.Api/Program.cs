using Incidents.Api;
using Incidents.Api.Cli;
using Incidents.Infrastructure.Persistence;

if (HealthCheckProbe.IsProbeInvocation(args))
{
    return await HealthCheckProbe.RunAsync();
}

var isCli = IncidentsCli.IsCliInvocation(args);
var builder = WebApplication.CreateBuilder(args);
builder.AddIncidentsServices(isCli);
var app = builder.Build();

await using (var scope = app.Services.CreateAsyncScope())
{
    var generatedKey = await scope
        .ServiceProvider.GetRequiredService<DatabaseInitializer>()
        .InitializeAsync(CancellationToken.None);
    if (generatedKey is not null)
    {
        // Shown once, never logged: no key existed and Auth:BootstrapApiKey was not set.
        var console = isCli ? Console.Error : Console.Out;
        await console.WriteLineAsync(
            $"No API key existed, so one was generated for the default page (shown only now):{Environment.NewLine}{generatedKey}"
        );
    }
}

if (isCli)
{
    return await IncidentsCli.RunAsync(args, app.Services);
}

app.UseIncidentsPipeline();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
