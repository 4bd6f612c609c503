using Incidents.Infrastructure.Persistence.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Incidents.Api.Tests.Deployment;

/// <summary>What can be checked of the container deployment on a machine without a Docker engine.</summary>
public sealed class DeploymentFilesTests
{
    private const string ScriptPath = "deploy/sqlserver/migrate.sql";

    [Fact]
    public void SqlServerMigrationScript_IsUpToDateWithTheMigrations()
    {
        using var db = new SqlServerIncidentsDbContext(
            new DbContextOptionsBuilder<SqlServerIncidentsDbContext>()
                .UseSqlServer("Server=127.0.0.1")
                .Options
        );
        var expected = db.GetService<IMigrator>()
            .GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent)
            .ReplaceLineEndings("\n");
        var path = RepositoryFiles.PathOf(ScriptPath);
        if (Environment.GetEnvironmentVariable("INCIDENTS_UPDATE_SQL_SCRIPT") == "1")
        {
            File.WriteAllText(path, expected);
        }

        var committed = File.Exists(path)
            ? File.ReadAllText(path).ReplaceLineEndings("\n")
            : string.Empty;
        Assert.True(
            expected == committed,
            $"{ScriptPath} is out of date: run INCIDENTS_UPDATE_SQL_SCRIPT=1 dotnet test --project tests/Incidents.Api.Tests -- --filter-method \"*SqlServerMigrationScript*\""
        );
    }

    [Fact]
    public void ComposeFile_Parses_WithTwoApiInstancesOnSqlServerBehindNginx()
    {
        using var reader = new StreamReader(RepositoryFiles.PathOf("deploy/compose.yaml"));
        var stream = new YamlStream();
        stream.Load(new MergingParser(new Parser(reader)));

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var services = (YamlMappingNode)root[new YamlScalarNode("services")];
        var names = services.Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToList();
        Assert.Equal(["sqlserver", "redis", "api1", "api2", "nginx"], names);
        foreach (var api in new[] { "api1", "api2" })
        {
            var service = (YamlMappingNode)services[new YamlScalarNode(api)];
            var environment = (YamlMappingNode)service[new YamlScalarNode("environment")];
            Assert.Equal(
                "SqlServer",
                ((YamlScalarNode)environment[new YamlScalarNode("Database__Provider")]).Value
            );
            Assert.Equal(
                "redis:6379",
                ((YamlScalarNode)environment[new YamlScalarNode("Redis__ConnectionString")]).Value
            );
        }
    }

    [Fact]
    public void Dockerfile_IsMultiStage_NonRoot_WithHealthCheck_AndNoSdkInFinalImage()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("deploy/Dockerfile"));
        var finalStage = lines
            .SkipWhile(l =>
                !l.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet", StringComparison.Ordinal)
            )
            .ToList();

        Assert.Equal(2, lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.NotEmpty(finalStage);
        Assert.DoesNotContain(finalStage, l => l.Contains("dotnet/sdk", StringComparison.Ordinal));
        Assert.Contains(finalStage, l => l.StartsWith("USER $APP_UID", StringComparison.Ordinal));
        Assert.Contains(finalStage, l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
    }
}
