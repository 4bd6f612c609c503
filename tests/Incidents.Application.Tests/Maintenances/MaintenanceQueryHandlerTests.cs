using Incidents.Application.Common.Exceptions;
using Incidents.Application.Common.Interfaces;
using Incidents.Application.Maintenances.Queries;
using Incidents.Application.Maintenances.Queries.GetMaintenance;
using Incidents.Application.Maintenances.Queries.ListMaintenances;
using Incidents.Domain.Maintenances;
using NSubstitute;

namespace Incidents.Application.Tests.Maintenances;

public class MaintenanceQueryHandlerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly Guid _pageId = Guid.NewGuid();
    private readonly IMaintenanceReadRepository _reads =
        Substitute.For<IMaintenanceReadRepository>();
    private readonly ICurrentCaller _caller = Substitute.For<ICurrentCaller>();

    public MaintenanceQueryHandlerTests() => _caller.PageId.Returns(_pageId);

    private Maintenance Maintenance()
    {
        var maintenance = Domain.Maintenances.Maintenance.Schedule(
            _pageId,
            "Upgrade",
            "Planned.",
            Now.AddHours(1),
            Now.AddHours(2),
            [],
            true,
            true,
            null,
            true,
            Now
        );
        maintenance.PostUpdate(
            "Started early.",
            MaintenanceStatus.InProgress,
            null,
            null,
            null,
            null,
            Now.AddMinutes(1)
        );
        return maintenance;
    }

    [Fact]
    public async Task Get_OnTheCallersPage_MapsStatusInDisplayFormAndTheTimelineNewestFirst()
    {
        var maintenance = Maintenance();
        _reads.GetAsync(_pageId, maintenance.Id, Arg.Any<CancellationToken>()).Returns(maintenance);

        var dto = await new GetMaintenanceQueryHandler(_reads, _caller).Handle(
            new GetMaintenanceQuery(maintenance.Id),
            TestContext.Current.CancellationToken
        );

        Assert.Equal("In Progress", dto.Status);
        Assert.Equal(["In Progress", "Scheduled"], dto.Updates.Select(u => u.Status));
        Assert.Equal(Now.AddHours(1), dto.ScheduledFor);
    }

    [Fact]
    public async Task Get_WhenNotOnTheCallersPage_IsNotFound()
    {
        var exception = await Assert.ThrowsAsync<NotFoundException>(async () =>
            await new GetMaintenanceQueryHandler(_reads, _caller).Handle(
                new GetMaintenanceQuery(Guid.NewGuid()),
                TestContext.Current.CancellationToken
            )
        );

        Assert.Equal("Maintenance ID not found.", exception.Message);
    }

    [Theory]
    [InlineData(null, MaintenanceListFilter.All)]
    [InlineData("Upcoming", MaintenanceListFilter.Upcoming)]
    [InlineData("active", MaintenanceListFilter.Active)]
    [InlineData("COMPLETED", MaintenanceListFilter.Completed)]
    [InlineData("cancelled", MaintenanceListFilter.Cancelled)]
    public async Task List_PassesTheFilterAndPagingOfTheCallersPage(
        string? status,
        MaintenanceListFilter filter
    )
    {
        _reads
            .ListAsync(_pageId, filter, 2, 100, Arg.Any<CancellationToken>())
            .Returns(([Maintenance()], 21));

        var result = await new ListMaintenancesQueryHandler(_reads, _caller).Handle(
            new ListMaintenancesQuery(status, 2, 500),
            TestContext.Current.CancellationToken
        );

        Assert.Single(result.Items);
        Assert.Equal(21, result.TotalCount);
        Assert.Equal(100, result.PageSize);
    }
}
