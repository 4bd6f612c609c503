using Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;
using Incidents.Application.ConsoleUsers.Commands.InviteConsoleUser;
using Incidents.Application.ConsoleUsers.Common;

namespace Incidents.Application.Tests.ConsoleUsers;

public class ConsoleUserValidatorTests
{
    [Theory]
    [InlineData(null, "Write", "Email is required.")]
    [InlineData("not an email", "Write", "Email must be an email address.")]
    [InlineData("a@b.test", "Owner", "Role must be one of: Read, Write, Admin.")]
    [InlineData("a@b.test", "Boss", "Role must be one of: Read, Write, Admin.")]
    public void Invite_BadInput_GivesTheFieldsMessage(string? email, string role, string message)
    {
        var result = new InviteConsoleUserCommandValidator().Validate(
            new InviteConsoleUserCommand(
                "shop",
                email,
                role,
                ConsoleActor.Cli,
                "https://c.test/i",
                "https://c.test/"
            )
        );

        Assert.Equal(message, Assert.Single(result.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("Owner")]
    [InlineData("admin")]
    [InlineData("Read")]
    public void Create_AcceptsOwnerAndThePageRoles(string role) =>
        Assert.True(
            new CreateConsoleUserCommandValidator()
                .Validate(
                    new CreateConsoleUserCommand("a@b.test", role, null, null, ConsoleActor.Cli)
                )
                .IsValid
        );

    [Fact]
    public void Create_UnknownRole_GivesTheCliMessage() =>
        Assert.Equal(
            "Role must be one of: Owner, Admin, Write, Read.",
            Assert
                .Single(
                    new CreateConsoleUserCommandValidator()
                        .Validate(
                            new CreateConsoleUserCommand(
                                "a@b.test",
                                "Boss",
                                null,
                                null,
                                ConsoleActor.Cli
                            )
                        )
                        .Errors
                )
                .ErrorMessage
        );
}
