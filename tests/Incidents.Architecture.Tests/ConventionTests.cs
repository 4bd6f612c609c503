using Incidents.Architecture.Tests.Fixtures;
using Incidents.Architecture.Tests.Fixtures.Commands.DoThing;
using Incidents.Architecture.Tests.Fixtures.Commands.StrayMessage;

namespace Incidents.Architecture.Tests;

public class ConventionTests
{
    [Fact]
    public void Handlers_WhenInApplication_LiveInTheirUseCaseFolderBesideTheirMessage()
    {
        var handlers = MessageConventions.Handlers(Layers.Application.GetTypes());

        // Not vacuous: the application really has command and query handlers to check.
        Assert.Contains(handlers, h => h.Name == "CreateIncidentCommandHandler");
        Assert.Contains(handlers, h => h.Name == "GetIncidentQueryHandler");
        Assert.Empty(MessageConventions.HandlerViolations(Layers.Application.GetTypes()));
    }

    [Fact]
    public void Messages_WhenInApplication_AreSealedRecords()
    {
        var messages = MessageConventions.Messages(Layers.Application.GetTypes());

        Assert.Contains(messages, m => m.Name == "CreateIncidentCommand");
        Assert.Contains(messages, m => m.Name == "ListComponentsQuery");
        Assert.Empty(MessageConventions.MessageViolations(Layers.Application.GetTypes()));
    }

    [Fact]
    public void Handlers_WhenOutsideApplication_DoNotExist()
    {
        Type[] outer = [.. Layers.Domain.GetTypes(), .. Layers.Infrastructure.GetTypes()];

        Assert.Empty(MessageConventions.Handlers(outer));
    }

    [Fact]
    public void HandlerViolations_WhenHandlerFollowsConvention_ReportsNothing()
    {
        Assert.Empty(MessageConventions.HandlerViolations([typeof(DoThingCommandHandler)]));
        Assert.Empty(MessageConventions.MessageViolations([typeof(DoThingCommand)]));
    }

    [Fact]
    public void HandlerViolations_WhenHandlerIsOutsideItsUseCaseFolder_ReportsIt()
    {
        var violations = MessageConventions.HandlerViolations([typeof(MisplacedCommandHandler)]);

        Assert.Contains(
            violations,
            v => v.Contains(".Commands.Misplaced", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void HandlerViolations_WhenMessageIsInAnotherNamespace_ReportsIt()
    {
        var violations = MessageConventions.HandlerViolations([typeof(StrayMessageCommandHandler)]);

        Assert.Contains(
            violations,
            v => v.Contains("is in another namespace", StringComparison.Ordinal)
        );
    }

    [Fact]
    public void HandlerViolations_WhenQueryHandlerIsNamedLikeACommandHandler_ReportsIt()
    {
        var violations = MessageConventions.HandlerViolations([typeof(MisnamedCommandHandler)]);

        Assert.Contains(violations, v => v.Contains("QueryHandler", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(typeof(UnsealedRecordCommand))]
    [InlineData(typeof(SealedClassQuery))]
    public void MessageViolations_WhenMessageIsNotASealedRecord_ReportsIt(Type message)
    {
        var violation = Assert.Single(MessageConventions.MessageViolations([message]));

        Assert.Contains(message.Name, violation, StringComparison.Ordinal);
    }
}
