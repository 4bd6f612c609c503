using FluentValidation;
using FluentValidation.Results;
using Incidents.Application.Common.Behaviours;
using Incidents.Application.Common.Exceptions;
using Incidents.Application.Incidents.Commands.ResolveIncident;
using Mediator;
using NSubstitute;

namespace Incidents.Application.Tests.Common;

public class ValidationBehaviourTests
{
    private static readonly ResolveIncidentCommand Message = new(Guid.NewGuid());

    private static IValidator<ResolveIncidentCommand> Validator(params string[] errors)
    {
        var validator = Substitute.For<IValidator<ResolveIncidentCommand>>();
        validator
            .ValidateAsync(Message, Arg.Any<CancellationToken>())
            .Returns(new ValidationResult(errors.Select(e => new ValidationFailure("Field", e))));
        return validator;
    }

    [Fact]
    public async Task Handle_WhenValidatorsFail_ThrowsWithFirstMessageAndDoesNotCallNext()
    {
        var behaviour = new ValidationBehaviour<ResolveIncidentCommand, Unit>([
            Validator("First problem.", "Second problem."),
            Validator("Third problem."),
        ]);
        var nextCalled = false;

        var exception = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await behaviour.Handle(
                Message,
                (_, _) =>
                {
                    nextCalled = true;
                    return ValueTask.FromResult(Unit.Value);
                },
                TestContext.Current.CancellationToken
            )
        );

        Assert.Equal("First problem.", exception.Message);
        Assert.Equal(["First problem.", "Second problem.", "Third problem."], exception.Errors);
        Assert.False(nextCalled);
    }

    [Fact]
    public async Task Handle_WhenValidatorsPass_CallsNextAndReturnsItsResult()
    {
        var behaviour = new ValidationBehaviour<ResolveIncidentCommand, Unit>([
            Validator(),
            Validator(),
        ]);
        var calls = 0;

        var result = await behaviour.Handle(
            Message,
            (message, _) =>
            {
                Assert.Same(Message, message);
                calls++;
                return ValueTask.FromResult(Unit.Value);
            },
            TestContext.Current.CancellationToken
        );

        Assert.Equal(Unit.Value, result);
        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task Handle_WhenRealValidatorFails_ThrowsItsMessage()
    {
        var behaviour = new ValidationBehaviour<ResolveIncidentCommand, Unit>([
            new ResolveIncidentCommandValidator(),
        ]);

        var exception = await Assert.ThrowsAsync<RequestValidationException>(async () =>
            await behaviour.Handle(
                new ResolveIncidentCommand(null),
                (_, _) => ValueTask.FromResult(Unit.Value),
                TestContext.Current.CancellationToken
            )
        );

        Assert.Equal("IncidentId is required.", exception.Message);
    }
}
