using Incidents.Application.ConsoleUsers.Commands.SignOnConsoleUser;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Domain.Audit;
using Incidents.Domain.Pages;
using NSubstitute;

namespace Incidents.Application.Tests.ConsoleUsers;

public class SignOnConsoleUserCommandHandlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly IConsoleUserDirectory _directory = Substitute.For<IConsoleUserDirectory>();
    private readonly IAuditLog _audit = Substitute.For<IAuditLog>();
    private readonly IStatusPageRepository _pages = Substitute.For<IStatusPageRepository>();

    private SignOnConsoleUserCommandHandler Handler =>
        new(_directory, new ConsoleUserRules(_directory, _pages, _audit, TimeProvider.System));

    private static SignOnConsoleUserCommand Command(string? email, bool verified = true) =>
        new(email, verified, ["corp.example", "@other.example"], "Okta");

    [Fact]
    public async Task VerifiedEmailOfAUser_MatchesThem()
    {
        var user = new ConsoleUserSummary(Guid.NewGuid(), "a@x.test", false, true);
        _directory.FindByEmailAsync("a@x.test", Arg.Any<CancellationToken>()).Returns(user);

        var result = await Handler.Handle(Command(" a@x.test "), Ct);

        Assert.Equal(new SignOnResult(user.Id, false, null), result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task NoEmail_IsRefused(string? email) =>
        Assert.Equal(
            SignOnConsoleUserCommandHandler.UnverifiedMessage,
            (await Handler.Handle(Command(email), Ct)).Refusal
        );

    [Fact]
    public async Task UnverifiedEmail_IsRefused_WithoutLookingAnyoneUp()
    {
        var result = await Handler.Handle(Command("a@corp.example", verified: false), Ct);

        Assert.Equal(SignOnConsoleUserCommandHandler.UnverifiedMessage, result.Refusal);
        await _directory.DidNotReceiveWithAnyArgs().FindByEmailAsync(default!, Ct);
    }

    [Fact]
    public async Task UnknownEmail_OutsideTheAllowedDomains_IsRefused_AndCreatesNobody()
    {
        var result = await Handler.Handle(Command("a@corp.example.evil"), Ct);

        Assert.Equal(SignOnConsoleUserCommandHandler.UnknownMessage, result.Refusal);
        await _directory.DidNotReceiveWithAnyArgs().CreateAsync(default!, default, default, Ct);
    }

    [Theory]
    [InlineData("new@CORP.example")]
    [InlineData("new@other.example")]
    public async Task UnknownEmail_InAnAllowedDomain_CreatesAUserWithoutRole_AndAuditsIt(
        string email
    )
    {
        var id = Guid.NewGuid();
        _directory.CreateAsync(email, false, null, Arg.Any<CancellationToken>()).Returns(id);
        var home = StatusPage.Create(StatusPage.DefaultSlug, "Default", DateTimeOffset.UtcNow);
        _pages.GetBySlugAsync(StatusPage.DefaultSlug, Arg.Any<CancellationToken>()).Returns(home);

        var result = await Handler.Handle(Command(email), Ct);

        Assert.Equal(new SignOnResult(id, true, null), result);
        await _directory.DidNotReceiveWithAnyArgs().SetRoleAsync(default, default, default, Ct);
        _audit
            .Received(1)
            .Add(
                Arg.Is<AuditEntry>(e =>
                    e.PageId == home.Id && e.ApiKeyName == "sso Okta" && e.TargetId == id
                )
            );
    }
}
