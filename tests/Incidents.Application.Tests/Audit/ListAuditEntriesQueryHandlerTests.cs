using Incidents.Application.Audit.Queries.ListAuditEntries;
using Incidents.Application.Common.Interfaces;
using Incidents.Domain.Audit;
using NSubstitute;

namespace Incidents.Application.Tests.Audit;

public class ListAuditEntriesQueryHandlerTests
{
    [Fact]
    public async Task Handle_PassesTheTargetAndActorFilters_ForTheCallersPage()
    {
        var pageId = Guid.NewGuid();
        var target = Guid.NewGuid();
        var actor = Guid.NewGuid();
        var caller = Substitute.For<ICurrentCaller>();
        caller.PageId.Returns(pageId);
        var log = Substitute.For<IAuditLog>();
        var entry = AuditEntry.Record(
            pageId,
            actor,
            "someone@example.test",
            "UpdateIncident",
            target,
            DateTimeOffset.UnixEpoch,
            "trace"
        );
        log.ListAsync(pageId, target, actor, 2, 10, Arg.Any<CancellationToken>())
            .Returns((new[] { entry }, 11));

        var result = await new ListAuditEntriesQueryHandler(log, caller).Handle(
            new ListAuditEntriesQuery(2, 10, target, actor),
            TestContext.Current.CancellationToken
        );

        var item = Assert.Single(result.Items);
        Assert.Equal(actor, item.ApiKeyId);
        Assert.Equal(target, item.TargetId);
        Assert.Equal(11, result.TotalCount);
        Assert.Equal(2, result.Page);
    }
}
