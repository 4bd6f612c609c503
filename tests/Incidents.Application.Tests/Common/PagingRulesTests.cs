using FluentValidation;
using Incidents.Application.Audit.Queries.ListAuditEntries;
using Incidents.Application.Incidents.Queries.ListIncidents;
using Incidents.Application.Subscribers.Queries.ListDeliveries;
using Incidents.Application.Subscribers.Queries.ListSubscribers;

namespace Incidents.Application.Tests.Common;

/// <summary>
/// Every paged admin list follows the Incident list's rules: page and pageSize at least 1 (else
/// the same messages); the validators are found the way the pipeline finds them.
/// </summary>
public class PagingRulesTests
{
    public static TheoryData<string> Lists() => ["Incident", "Audit", "Subscriber", "Deliveries"];

    private static object Query(string list, int? page, int? pageSize) =>
        list switch
        {
            "Incident" => new ListIncidentsQuery(null, page, pageSize),
            "Audit" => new ListAuditEntriesQuery(page, pageSize, null),
            "Subscriber" => new ListSubscribersQuery(page, pageSize),
            "Deliveries" => new ListDeliveriesQuery(Guid.NewGuid(), page, pageSize),
            _ => throw new ArgumentOutOfRangeException(nameof(list)),
        };

    private static List<string> Errors(string list, int? page, int? pageSize)
    {
        var query = Query(list, page, pageSize);
        var validatorInterface = typeof(IValidator<>).MakeGenericType(query.GetType());
        var validators = AssemblyScanner
            .FindValidatorsInAssembly(
                typeof(Application.DependencyInjection).Assembly,
                includeInternalTypes: true
            )
            .Where(v => v.InterfaceType == validatorInterface)
            .Select(v => (IValidator)Activator.CreateInstance(v.ValidatorType)!)
            .ToList();
        var context = (IValidationContext)
            Activator.CreateInstance(
                typeof(ValidationContext<>).MakeGenericType(query.GetType()),
                query
            )!;
        return validators
            .SelectMany(v => v.Validate(context).Errors.Select(e => e.ErrorMessage))
            .ToList();
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void List_WhenPageIsBelow1_ReportsPageAtLeast1(string list)
    {
        Assert.Equal(["Page must be at least 1."], Errors(list, 0, null));
        Assert.Equal(["Page must be at least 1."], Errors(list, -5, 10));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void List_WhenPageSizeIsBelow1_ReportsPageSizeAtLeast1(string list)
    {
        Assert.Equal(["PageSize must be at least 1."], Errors(list, null, 0));
        Assert.Equal(["PageSize must be at least 1."], Errors(list, 1, -1));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void List_WhenPagingIsOmittedValidOrOver100_Accepts(string list)
    {
        Assert.Empty(Errors(list, null, null));
        Assert.Empty(Errors(list, 1, 1));
        Assert.Empty(Errors(list, 10_000, 100));
        Assert.Empty(Errors(list, 3, 1000));
    }

    [Fact]
    public void AuditList_WhenPageIsOver10000_ReportsItsMaximum()
    {
        Assert.Equal(["Page must be at most 10000."], Errors("Audit", 10_001, null));
    }
}
