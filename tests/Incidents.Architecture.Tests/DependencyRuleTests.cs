using System.Reflection;
using NetArchTest.Rules;

namespace Incidents.Architecture.Tests;

public class DependencyRuleTests
{
    private static string Describe(NetArchTest.Rules.TestResult result) =>
        "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);

    [Fact]
    public void Domain_WhenInspected_DependsOnNoOtherLayerNorFramework()
    {
        var result = Types
            .InAssembly(Layers.Domain)
            .ShouldNot()
            .HaveDependencyOnAny(
                Layers.ApplicationNamespace,
                Layers.InfrastructureNamespace,
                Layers.ApiNamespace,
                Layers.EntityFrameworkCore,
                Layers.AspNetCore
            )
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Domain_WhenInspected_UsesOnlyTheBclAndMediatorAbstractions()
    {
        // Compiler-emitted attributes (nullable, embedded) live in the assembly itself; compiler-
        // generated helper types (collection expressions: <>z__ReadOnlyArray) have no namespace.
        var result = Types
            .InAssembly(Layers.Domain)
            .That()
            .DoNotHaveNameStartingWith("<")
            .Should()
            .OnlyHaveDependenciesOn(
                "System",
                "Mediator",
                Layers.DomainNamespace,
                "Microsoft.CodeAnalysis"
            )
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Domain_WhenInspected_ReferencesOnlyBclAssembliesAndMediatorAbstractions()
    {
        // The Mediator.Abstractions package ships its types in an assembly named "Mediator".
        var mediatorAbstractions = typeof(Mediator.INotification).Assembly.GetName().Name;
        var references = Layers
            .Domain.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name =>
                name != mediatorAbstractions
                && name != "netstandard"
                && name != "mscorlib"
                && !name.StartsWith("System", StringComparison.Ordinal)
            );

        Assert.Empty(references);
    }

    [Fact]
    public void Application_WhenInspected_DoesNotDependOnInfrastructureApiEfCoreOrAspNetCore()
    {
        var result = Types
            .InAssembly(Layers.Application)
            .ShouldNot()
            .HaveDependencyOnAny(
                Layers.InfrastructureNamespace,
                Layers.ApiNamespace,
                Layers.EntityFrameworkCore,
                Layers.AspNetCore
            )
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Application_WhenInspected_DoesNotReferenceOuterAssemblies()
    {
        string[] forbidden =
        [
            Layers.Infrastructure.GetName().Name!,
            Layers.Api.GetName().Name!,
            "Microsoft.EntityFrameworkCore",
            "Microsoft.AspNetCore",
        ];

        var offending = Layers
            .Application.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal)));

        Assert.Empty(offending);
    }

    [Fact]
    public void Infrastructure_WhenInspected_DoesNotDependOnApi()
    {
        var result = Types
            .InAssembly(Layers.Infrastructure)
            .ShouldNot()
            .HaveDependencyOn(Layers.ApiNamespace)
            .GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    /// <summary>
    /// Guards the rules above against passing vacuously (a misspelt namespace, an empty scan): each
    /// forbidden namespace is really detected where the solution legitimately uses it.
    /// </summary>
    [Theory]
    [InlineData("Api", Layers.ApplicationNamespace)]
    [InlineData("Api", Layers.InfrastructureNamespace)]
    [InlineData("Api", Layers.AspNetCore)]
    [InlineData("Infrastructure", Layers.EntityFrameworkCore)]
    [InlineData("Infrastructure", Layers.ApplicationNamespace)]
    [InlineData("Application", Layers.DomainNamespace)]
    [InlineData("Domain", "Mediator")]
    public void HaveDependencyOn_WhenLayerUsesNamespace_DetectsIt(string layer, string dependency)
    {
        var assembly = layer switch
        {
            "Api" => Layers.Api,
            "Infrastructure" => Layers.Infrastructure,
            "Application" => Layers.Application,
            "Domain" => Layers.Domain,
            _ => throw new ArgumentOutOfRangeException(nameof(layer)),
        };

        var result = Types
            .InAssembly(assembly)
            .ShouldNot()
            .HaveDependencyOn(dependency)
            .GetResult();

        Assert.False(result.IsSuccessful);
    }

    [Fact]
    public void ApiNamespace_WhenUsedByApiTypes_IsDetectedSoTheInfrastructureRuleCanFail()
    {
        var result = Types
            .InAssembly(Layers.Api)
            .ShouldNot()
            .HaveDependencyOn(Layers.ApiNamespace)
            .GetResult();

        Assert.False(result.IsSuccessful);
    }

    [Fact]
    public void OnlyHaveDependenciesOn_WhenAssemblyUsesMore_Fails()
    {
        var result = Types
            .InAssembly(Layers.Application)
            .Should()
            .OnlyHaveDependenciesOn(
                "System",
                "Mediator",
                Layers.DomainNamespace,
                "Microsoft.CodeAnalysis"
            )
            .GetResult();

        Assert.False(result.IsSuccessful);
    }

    [Fact]
    public void Layers_WhenScanned_ContainTypes()
    {
        Assembly[] assemblies =
        [
            Layers.Domain,
            Layers.Application,
            Layers.Infrastructure,
            Layers.Api,
        ];

        Assert.All(assemblies, a => Assert.NotEmpty(Types.InAssembly(a).GetTypes()));
    }
}
