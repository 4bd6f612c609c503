using Incidents.Application.Common.Exceptions;
using Incidents.Application.ConsoleUsers.Commands.ChangeConsoleUserRole;
using Incidents.Application.ConsoleUsers.Commands.CreateConsoleUser;
using Incidents.Application.ConsoleUsers.Commands.InviteConsoleUser;
using Incidents.Application.ConsoleUsers.Commands.RemoveConsoleUser;
using Incidents.Application.ConsoleUsers.Commands.RemoveConsoleUserAccess;
using Incidents.Application.ConsoleUsers.Commands.SetOwnPassword;
using Incidents.Application.ConsoleUsers.Common;
using Incidents.Domain.ApiKeys;
using Incidents.Domain.Audit;
using Incidents.Domain.Pages;
using NSubstitute;

namespace Incidents.Application.Tests.ConsoleUsers;

/// <summary>People management's rules and audit, with the user directory and mail substituted.</summary>
public class ConsoleUserHandlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly IConsoleUserDirectory _directory = Substitute.For<IConsoleUserDirectory>();
    private readonly IStatusPageRepository _pages = Substitute.For<IStatusPageRepository>();
    private readonly IConsoleInviteMailer _mailer = Substitute.For<IConsoleInviteMailer>();
    private readonly IAuditLog _audit = Substitute.For<IAuditLog>();
    private readonly StatusPage _page = StatusPage.Create("shop", "Shop", DateTimeOffset.UtcNow);
    private readonly StatusPage _default = StatusPage.Create(
        StatusPage.DefaultSlug,
        "Default",
        DateTimeOffset.UtcNow
    );

    private readonly ConsoleUserSummary _admin = new(Guid.NewGuid(), "admin@x.test", false, true);
    private readonly ConsoleUserSummary _writer = new(Guid.NewGuid(), "writer@x.test", false, true);
    private readonly ConsoleUserSummary _owner = new(Guid.NewGuid(), "owner@x.test", true, true);

    public ConsoleUserHandlerTests()
    {
        _pages.GetBySlugAsync("shop", Arg.Any<CancellationToken>()).Returns(_page);
        _pages
            .GetBySlugAsync(StatusPage.DefaultSlug, Arg.Any<CancellationToken>())
            .Returns(_default);
        foreach (var user in new[] { _admin, _writer, _owner })
        {
            _directory.FindAsync(user.Id, Arg.Any<CancellationToken>()).Returns(user);
        }

        _directory
            .RoleOnAsync(_admin.Id, _page.Id, Arg.Any<CancellationToken>())
            .Returns(ApiKeyRole.Admin);
        _directory
            .RoleOnAsync(_writer.Id, _page.Id, Arg.Any<CancellationToken>())
            .Returns(ApiKeyRole.Write);
    }

    private ConsoleUserRules Rules => new(_directory, _pages, _audit, TimeProvider.System);

    private static ConsoleActor As(ConsoleUserSummary user) =>
        ConsoleActor.User(user.Id, user.Email, "trace-1");

    private InviteConsoleUserCommandHandler Invite => new(_directory, _pages, _mailer, Rules);

    private static InviteConsoleUserCommand InviteCommand(
        string email,
        ConsoleActor actor,
        string role = "Write"
    ) =>
        new("shop", email, role, actor, "https://c.test/admin/invite", "https://c.test/admin/shop");

    [Fact]
    public async Task Invite_NewEmail_CreatesTheUserWithTheRole_MailsAOneTimeLink_AndAuditsTheAdmin()
    {
        var created = Guid.NewGuid();
        _directory
            .CreateAsync("new@x.test", false, null, Arg.Any<CancellationToken>())
            .Returns(created);
        _directory.IssueSignInTokenAsync(created, Arg.Any<CancellationToken>()).Returns("tok+en");

        var result = await Invite.Handle(InviteCommand(" new@x.test ", As(_admin)), Ct);

        Assert.Equal(new InvitedConsoleUser(created, Created: true, OneTimeLink: true), result);
        await _directory
            .Received(1)
            .SetRoleAsync(created, _page.Id, ApiKeyRole.Write, Arg.Any<CancellationToken>());
        await _mailer
            .Received(1)
            .SendAsync(
                "new@x.test",
                "Shop",
                "Write",
                new Uri($"https://c.test/admin/invite?user={created}&token=tok%2Ben"),
                true,
                Arg.Any<CancellationToken>()
            );
        _audit
            .Received(1)
            .Add(
                Arg.Is<AuditEntry>(e =>
                    e.PageId == _page.Id
                    && e.Action == "InviteConsoleUser"
                    && e.TargetId == created
                    && e.ApiKeyId == _admin.Id
                    && e.ApiKeyName == "admin@x.test"
                    && e.RequestId == "trace-1"
                    && e.Details!.Contains("new@x.test")
                )
            );
    }

    [Fact]
    public async Task Invite_AgainBeforeAccepting_IssuesANewToken_WhichReplacesTheOld()
    {
        var pending = new ConsoleUserSummary(Guid.NewGuid(), "p@x.test", false, HasPassword: false);
        _directory.FindByEmailAsync("p@x.test", Arg.Any<CancellationToken>()).Returns(pending);
        _directory
            .IssueSignInTokenAsync(pending.Id, Arg.Any<CancellationToken>())
            .Returns("second");

        var result = await Invite.Handle(InviteCommand("p@x.test", As(_admin), "Read"), Ct);

        Assert.False(result.Created);
        Assert.True(result.OneTimeLink);
        await _directory.DidNotReceiveWithAnyArgs().CreateAsync(default!, default, default, Ct);
        await _directory
            .Received(1)
            .IssueSignInTokenAsync(pending.Id, Arg.Any<CancellationToken>());
        await _mailer
            .Received(1)
            .SendAsync(
                "p@x.test",
                "Shop",
                "Read",
                Arg.Is<Uri>(u => u.Query.Contains("token=second")),
                true,
                Arg.Any<CancellationToken>()
            );
    }

    [Fact]
    public async Task Invite_SomeoneWithAPassword_GivesTheRole_AndMailsNoOneTimeLink()
    {
        var other = new ConsoleUserSummary(Guid.NewGuid(), "o@x.test", false, HasPassword: true);
        _directory.FindByEmailAsync("o@x.test", Arg.Any<CancellationToken>()).Returns(other);

        var result = await Invite.Handle(InviteCommand("o@x.test", As(_admin)), Ct);

        Assert.False(result.OneTimeLink);
        await _directory.DidNotReceiveWithAnyArgs().IssueSignInTokenAsync(default, Ct);
        await _mailer
            .Received(1)
            .SendAsync(
                "o@x.test",
                "Shop",
                "Write",
                new Uri("https://c.test/admin/shop"),
                false,
                Arg.Any<CancellationToken>()
            );
    }

    [Fact]
    public async Task Invite_ByAWriteUser_IsDenied_AndChangesNothing()
    {
        await Assert.ThrowsAsync<ConsoleAccessDeniedException>(async () =>
            await Invite.Handle(InviteCommand("new@x.test", As(_writer)), Ct)
        );

        await _directory.DidNotReceiveWithAnyArgs().CreateAsync(default!, default, default, Ct);
        await _directory.DidNotReceiveWithAnyArgs().SetRoleAsync(default, default, default, Ct);
        await _mailer
            .DidNotReceiveWithAnyArgs()
            .SendAsync(default!, default!, default!, default!, default, Ct);
        _audit.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task Invite_AnOwner_IsRefused()
    {
        _directory.FindByEmailAsync("owner@x.test", Arg.Any<CancellationToken>()).Returns(_owner);

        var e = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await Invite.Handle(InviteCommand("owner@x.test", As(_admin)), Ct)
        );

        Assert.Equal(InviteConsoleUserCommandHandler.OwnerMessage, e.Message);
    }

    [Fact]
    public async Task Create_OwnerFromTheCli_IsAuditedAsCliOnTheDefaultPage_AndReturnsALinkToken()
    {
        var created = Guid.NewGuid();
        _directory
            .CreateAsync("first@x.test", true, null, Arg.Any<CancellationToken>())
            .Returns(created);
        _directory.IssueSignInTokenAsync(created, Arg.Any<CancellationToken>()).Returns("link");

        var result = await new CreateConsoleUserCommandHandler(_directory, _pages, Rules).Handle(
            new CreateConsoleUserCommand("first@x.test", "owner", null, null, ConsoleActor.Cli),
            Ct
        );

        Assert.Equal("link", result.SignInToken);
        await _directory.DidNotReceiveWithAnyArgs().SetRoleAsync(default, default, default, Ct);
        _audit
            .Received(1)
            .Add(
                Arg.Is<AuditEntry>(e =>
                    e.PageId == _default.Id
                    && e.Action == "CreateConsoleUser"
                    && e.ApiKeyId == null
                    && e.ApiKeyName == "cli"
                    && e.TargetId == created
                )
            );
    }

    [Fact]
    public async Task Create_AnOwner_ByAPageAdmin_IsDenied()
    {
        await Assert.ThrowsAsync<ConsoleAccessDeniedException>(async () =>
            await new CreateConsoleUserCommandHandler(_directory, _pages, Rules).Handle(
                new CreateConsoleUserCommand(
                    "x@x.test",
                    "Owner",
                    null,
                    "long enough password",
                    As(_admin)
                ),
                Ct
            )
        );

        await _directory.DidNotReceiveWithAnyArgs().CreateAsync(default!, default, default, Ct);
    }

    [Fact]
    public async Task Create_WithAPassword_SetsTheRole_AndIssuesNoToken()
    {
        var created = Guid.NewGuid();
        _directory
            .CreateAsync("w@x.test", false, "long enough password", Arg.Any<CancellationToken>())
            .Returns(created);

        var result = await new CreateConsoleUserCommandHandler(_directory, _pages, Rules).Handle(
            new CreateConsoleUserCommand(
                "w@x.test",
                "Write",
                "shop",
                "long enough password",
                ConsoleActor.Cli
            ),
            Ct
        );

        Assert.Null(result.SignInToken);
        await _directory
            .Received(1)
            .SetRoleAsync(created, _page.Id, ApiKeyRole.Write, Arg.Any<CancellationToken>());
        _audit
            .Received(1)
            .Add(Arg.Is<AuditEntry>(e => e.PageId == _page.Id && e.TargetId == created));
    }

    [Fact]
    public async Task ChangeRole_ByThePageAdmin_SetsIt_AndRecordsTheOldAndNewRole()
    {
        await new ChangeConsoleUserRoleCommandHandler(_directory, _pages, Rules).Handle(
            new ChangeConsoleUserRoleCommand("shop", _writer.Id, "Admin", As(_admin)),
            Ct
        );

        await _directory
            .Received(1)
            .SetRoleAsync(_writer.Id, _page.Id, ApiKeyRole.Admin, Arg.Any<CancellationToken>());
        _audit
            .Received(1)
            .Add(
                Arg.Is<AuditEntry>(e =>
                    e.Action == "ChangeConsoleUserRole"
                    && e.TargetId == _writer.Id
                    && e.Details!.Contains("\"PreviousRole\":\"Write\"")
                    && e.Details.Contains("\"Role\":\"Admin\"")
                )
            );
    }

    [Fact]
    public async Task ChangeRole_OfAnOwner_ByAPageAdmin_IsDenied()
    {
        await Assert.ThrowsAsync<ConsoleAccessDeniedException>(async () =>
            await new ChangeConsoleUserRoleCommandHandler(_directory, _pages, Rules).Handle(
                new ChangeConsoleUserRoleCommand("shop", _owner.Id, "Read", As(_admin)),
                Ct
            )
        );

        await _directory.DidNotReceiveWithAnyArgs().SetRoleAsync(default, default, default, Ct);
    }

    [Fact]
    public async Task ChangeRole_OfYourself_IsRefused()
    {
        var e = await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await new ChangeConsoleUserRoleCommandHandler(_directory, _pages, Rules).Handle(
                new ChangeConsoleUserRoleCommand("shop", _admin.Id, "Read", As(_admin)),
                Ct
            )
        );

        Assert.Equal(ConsoleUserRules.SelfMessage, e.Message);
    }

    [Fact]
    public async Task RemoveAccess_OfSomeoneWithoutARoleOnThePage_IsNotFound()
    {
        var stranger = new ConsoleUserSummary(Guid.NewGuid(), "s@x.test", false, true);
        _directory.FindAsync(stranger.Id, Arg.Any<CancellationToken>()).Returns(stranger);

        await Assert.ThrowsAsync<NotFoundException>(async () =>
            await new RemoveConsoleUserAccessCommandHandler(_directory, _pages, Rules).Handle(
                new RemoveConsoleUserAccessCommand("shop", stranger.Id, As(_admin)),
                Ct
            )
        );

        _audit.DidNotReceiveWithAnyArgs().Add(default!);
    }

    [Fact]
    public async Task RemoveAccess_ByThePageAdmin_RemovesTheRole_AndAudits()
    {
        await new RemoveConsoleUserAccessCommandHandler(_directory, _pages, Rules).Handle(
            new RemoveConsoleUserAccessCommand("shop", _writer.Id, As(_admin)),
            Ct
        );

        await _directory
            .Received(1)
            .SetRoleAsync(_writer.Id, _page.Id, null, Arg.Any<CancellationToken>());
        _audit
            .Received(1)
            .Add(
                Arg.Is<AuditEntry>(e =>
                    e.Action == "RemoveConsoleUserAccess" && e.PageId == _page.Id
                )
            );
    }

    [Fact]
    public async Task RemoveUser_ByAPageAdmin_IsDenied()
    {
        await Assert.ThrowsAsync<ConsoleAccessDeniedException>(async () =>
            await new RemoveConsoleUserCommandHandler(_directory, Rules).Handle(
                new RemoveConsoleUserCommand(_writer.Id, As(_admin)),
                Ct
            )
        );

        await _directory.DidNotReceiveWithAnyArgs().DeleteAsync(default, Ct);
    }

    [Fact]
    public async Task RemoveUser_ByAnOwner_Deletes_AndAuditsOnEveryPageTheyHad()
    {
        var other = Guid.NewGuid();
        _directory
            .PageIdsOfAsync(_writer.Id, Arg.Any<CancellationToken>())
            .Returns([_page.Id, other]);

        await new RemoveConsoleUserCommandHandler(_directory, Rules).Handle(
            new RemoveConsoleUserCommand(_writer.Id, As(_owner)),
            Ct
        );

        await _directory.Received(1).DeleteAsync(_writer.Id, Arg.Any<CancellationToken>());
        _audit
            .Received(1)
            .Add(Arg.Is<AuditEntry>(e => e.PageId == _page.Id && e.Action == "RemoveConsoleUser"));
        _audit
            .Received(1)
            .Add(Arg.Is<AuditEntry>(e => e.PageId == other && e.Action == "RemoveConsoleUser"));
    }

    [Fact]
    public async Task SetOwnPassword_WithAPassword_ChecksTheCurrentOne_AndAudits()
    {
        _directory.PageIdsOfAsync(_writer.Id, Arg.Any<CancellationToken>()).Returns([_page.Id]);

        await new SetOwnPasswordCommandHandler(_directory, Rules).Handle(
            new SetOwnPasswordCommand("old password here", "new password here", As(_writer)),
            Ct
        );

        await _directory
            .Received(1)
            .SetPasswordAsync(
                _writer.Id,
                "old password here",
                "new password here",
                Arg.Any<CancellationToken>()
            );
        _audit
            .Received(1)
            .Add(
                Arg.Is<AuditEntry>(e =>
                    e.Action == "SetOwnPassword" && e.ApiKeyId == _writer.Id && e.PageId == _page.Id
                )
            );
    }

    [Fact]
    public async Task SetOwnPassword_WhenIdentityRefuses_RecordsNothing()
    {
        _directory
            .SetPasswordAsync(
                _writer.Id,
                "wrong",
                "new password here",
                Arg.Any<CancellationToken>()
            )
            .Returns(Task.FromException(new InvalidRequestException("Incorrect password.")));

        await Assert.ThrowsAsync<InvalidRequestException>(async () =>
            await new SetOwnPasswordCommandHandler(_directory, Rules).Handle(
                new SetOwnPasswordCommand("wrong", "new password here", As(_writer)),
                Ct
            )
        );

        _audit.DidNotReceiveWithAnyArgs().Add(default!);
    }
}
