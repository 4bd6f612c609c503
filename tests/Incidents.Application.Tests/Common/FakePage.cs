using Incidents.Application.Common.Interfaces;
using Incidents.Application.Incidents.Common;
using Incidents.Application.Maintenances.Common;
using Incidents.Application.Templates.Common;
using Incidents.Domain.Components;
using Incidents.Domain.Incidents;
using Incidents.Domain.Maintenances;
using Incidents.Domain.Templates;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;

namespace Incidents.Application.Tests.Common;

/// <summary>
/// One page's stored components and incidents behind substituted repositories, queried the way the
/// real ones are (scoped to the page; unresolved incidents that touch the given components).
/// Incident queries filter on the state at the last <see cref="Commit"/>, as a database would still
/// hold it while a command changes the incident in memory.
/// </summary>
internal sealed class FakePage
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly List<Component> _components = [];
    private readonly List<Incident> _incidents = [];
    private readonly Dictionary<Guid, (bool IsResolved, Guid[] Affected)> _committed = [];
    private readonly List<Maintenance> _maintenances = [];
    private readonly List<MaintenanceSeries> _series = [];
    private readonly Dictionary<
        Guid,
        (MaintenanceStatus Status, Guid[] Affected)
    > _committedMaintenances = [];

    public FakePage()
    {
        Caller.PageId.Returns(PageId);
        Components
            .GetAsync(Arg.Any<Guid>(), Arg.Any<Guid>(), Arg.Any<CancellationToken>())
            .Returns(ci =>
                _components.SingleOrDefault(c =>
                    c.PageId == ci.ArgAt<Guid>(0) && c.Id == ci.ArgAt<Guid>(1)
                )
            );
        Components
            .ListAsync(
                Arg.Any<Guid>(),
                Arg.Any<IReadOnlyCollection<Guid>>(),
                Arg.Any<CancellationToken>()
            )
            .Returns(ci =>
                (IReadOnlyList<Component>)
                    _components
                        .Where(c =>
                            c.PageId == ci.ArgAt<Guid>(0)
                            && ci.ArgAt<IReadOnlyCollection<Guid>>(1).Contains(c.Id)
                        )
                        .ToList()
            );
        Incidents
            .GetAsync(Arg.Any<Guid>(), Arg.Any<Guid>(), Arg.Any<CancellationToken>())
            .Returns(ci =>
                _incidents.SingleOrDefault(i =>
                    i.PageId == ci.ArgAt<Guid>(0) && i.Id == ci.ArgAt<Guid>(1)
                )
            );
        Incidents
            .ListUnresolvedAffectingAsync(
                Arg.Any<Guid>(),
                Arg.Any<IReadOnlyCollection<Guid>>(),
                Arg.Any<CancellationToken>()
            )
            .Returns(ci =>
                (IReadOnlyList<Incident>)
                    _incidents
                        .Where(i =>
                            i.PageId == ci.ArgAt<Guid>(0)
                            && !_committed[i.Id].IsResolved
                            && _committed[i.Id]
                                .Affected.Intersect(ci.ArgAt<IReadOnlyCollection<Guid>>(1))
                                .Any()
                        )
                        .ToList()
            );
        Incidents
            .FindUnresolvedIdByExternalIdAsync(
                Arg.Any<Guid>(),
                Arg.Any<string>(),
                Arg.Any<CancellationToken>()
            )
            .Returns(ci =>
                _incidents
                    .Where(i =>
                        i.PageId == ci.ArgAt<Guid>(0)
                        && !_committed[i.Id].IsResolved
                        && i.ExternalId == ci.ArgAt<string>(1)
                    )
                    .Select(i => (Guid?)i.Id)
                    .SingleOrDefault()
            );
        Incidents
            .FindUnresolvedByExternalIdAsync(
                Arg.Any<Guid>(),
                Arg.Any<string>(),
                Arg.Any<CancellationToken>()
            )
            .Returns(ci =>
                _incidents.SingleOrDefault(i =>
                    i.PageId == ci.ArgAt<Guid>(0)
                    && !_committed[i.Id].IsResolved
                    && i.ExternalId == ci.ArgAt<string>(1)
                )
            );
        // A rule is fine unless a test says otherwise (a substitute's string would be "").
        Recurrences
            .Check(Arg.Any<Recurrence>(), Arg.Any<DateTimeOffset>(), Arg.Any<DateTimeOffset>())
            .Returns((string?)null);
        Maintenances
            .GetAsync(Arg.Any<Guid>(), Arg.Any<Guid>(), Arg.Any<CancellationToken>())
            .Returns(ci =>
                _maintenances.SingleOrDefault(m =>
                    m.PageId == ci.ArgAt<Guid>(0) && m.Id == ci.ArgAt<Guid>(1)
                )
            );
        Maintenances
            .ListActiveAffectingAsync(
                Arg.Any<Guid>(),
                Arg.Any<IReadOnlyCollection<Guid>>(),
                Arg.Any<CancellationToken>()
            )
            .Returns(ci =>
                (IReadOnlyList<Maintenance>)
                    _maintenances
                        .Where(m =>
                            m.PageId == ci.ArgAt<Guid>(0)
                            && _committedMaintenances.TryGetValue(m.Id, out var stored)
                            && stored.Status
                                is MaintenanceStatus.InProgress
                                    or MaintenanceStatus.Verifying
                            && stored
                                .Affected.Intersect(ci.ArgAt<IReadOnlyCollection<Guid>>(1))
                                .Any()
                        )
                        .ToList()
            );
        Maintenances
            .ListScheduledInSeriesAsync(
                Arg.Any<Guid>(),
                Arg.Any<Guid>(),
                Arg.Any<CancellationToken>()
            )
            .Returns(ci =>
                (IReadOnlyList<Maintenance>)
                    _maintenances
                        .Where(m =>
                            m.PageId == ci.ArgAt<Guid>(0)
                            && m.SeriesId == ci.ArgAt<Guid>(1)
                            && _committedMaintenances.TryGetValue(m.Id, out var stored)
                            && stored.Status == MaintenanceStatus.Scheduled
                        )
                        .ToList()
            );
        Maintenances
            .LatestStartInSeriesAsync(
                Arg.Any<Guid>(),
                Arg.Any<Guid>(),
                Arg.Any<CancellationToken>()
            )
            .Returns(ci =>
                _maintenances
                    .Where(m => m.PageId == ci.ArgAt<Guid>(0) && m.SeriesId == ci.ArgAt<Guid>(1))
                    .Select(m => (DateTimeOffset?)m.ScheduledFor)
                    .Max()
            );
        Maintenances
            .When(r => r.Add(Arg.Any<Maintenance>()))
            .Do(ci => _maintenances.Add(ci.Arg<Maintenance>()));
        Series
            .GetAsync(Arg.Any<Guid>(), Arg.Any<Guid>(), Arg.Any<CancellationToken>())
            .Returns(ci =>
                _series.SingleOrDefault(x =>
                    x.PageId == ci.ArgAt<Guid>(0) && x.Id == ci.ArgAt<Guid>(1)
                )
            );
        Series
            .When(r => r.Add(Arg.Any<MaintenanceSeries>()))
            .Do(ci => _series.Add(ci.Arg<MaintenanceSeries>()));
    }

    public Guid PageId { get; } = Guid.NewGuid();

    public IMaintenanceRepository Maintenances { get; } = Substitute.For<IMaintenanceRepository>();

    public IMaintenanceSeriesRepository Series { get; } =
        Substitute.For<IMaintenanceSeriesRepository>();

    public IRecurrenceCalculator Recurrences { get; } = Substitute.For<IRecurrenceCalculator>();

    /// <summary>Maintenances added through the repository or stored by <see cref="AddMaintenance"/>.</summary>
    public IReadOnlyList<Maintenance> StoredMaintenances => _maintenances;

    public MaintenanceLoader MaintenanceLoader => new(Maintenances, Caller);

    public MaintenanceSeriesPlanner Planner => new(Series, Maintenances, Recurrences, Time);

    public ICurrentCaller Caller { get; } = Substitute.For<ICurrentCaller>();

    public IComponentRepository Components { get; } = Substitute.For<IComponentRepository>();

    public IIncidentRepository Incidents { get; } = Substitute.For<IIncidentRepository>();

    public FakeTimeProvider Time { get; } = new(Start);

    public AffectedComponentsGuard Guard => new(Components);

    public ComponentStatusSynchronizer Synchronizer =>
        new(Components, Incidents, Maintenances, Time);

    public IncidentLoader Loader => new(Incidents, Caller);

    public ITemplateRepository Templates { get; } = Substitute.For<ITemplateRepository>();

    public TemplateLoader TemplateLoader => new(Templates, Caller);

    public TemplatePrefill Prefill => new(Components, Caller);

    /// <summary>Stores a template on this page, found by <see cref="Templates"/> like a repository would.</summary>
    public Template AddTemplate(Template template)
    {
        Templates.GetAsync(PageId, template.Id, Arg.Any<CancellationToken>()).Returns(template);
        return template;
    }

    public Component AddComponent(
        ComponentStatus manualStatus = ComponentStatus.Operational,
        Guid? pageId = null
    )
    {
        var component = Component.Create(
            pageId ?? PageId,
            $"Component {_components.Count + 1}",
            null,
            null,
            _components.Count,
            manualStatus,
            Time.GetUtcNow()
        );
        component.ClearDomainEvents();
        _components.Add(component);
        return component;
    }

    /// <summary>Stores an open incident and applies its impact, as a committed earlier command would have.</summary>
    public Incident AddIncident(IncidentImpact impact, params Component[] affected)
    {
        var incident = Incident.Open(
            PageId,
            $"Incident {_incidents.Count + 1}",
            "Investigating.",
            IncidentStatus.Investigating,
            impact,
            affected.Select(c => c.Id),
            false,
            Time.GetUtcNow()
        );
        incident.ClearDomainEvents();
        _incidents.Add(incident);
        Commit();
        foreach (var component in affected)
        {
            component.ApplyIncidentImpacts(
                _incidents
                    .Where(i => !i.IsResolved && i.AffectedComponentIds.Contains(component.Id))
                    .Select(i => i.Impact),
                incident.Id,
                false,
                Time.GetUtcNow()
            );
            component.ClearDomainEvents();
        }

        return incident;
    }

    /// <summary>Makes the incidents' current in-memory state what the repository queries see.</summary>
    public void Commit()
    {
        foreach (var incident in _incidents)
        {
            _committed[incident.Id] = (
                incident.IsResolved,
                incident.AffectedComponentIds.ToArray()
            );
        }
    }

    /// <summary>Stores a maintenance as a committed earlier command would have (its components already synchronised).</summary>
    public Maintenance AddMaintenance(Maintenance maintenance)
    {
        maintenance.ClearDomainEvents();
        _maintenances.Add(maintenance);
        foreach (
            var component in _components.Where(c => maintenance.AffectedComponentIds.Contains(c.Id))
        )
        {
            if (maintenance.IsActive)
            {
                component.ApplyMaintenance(true, maintenance.Id, false, Time.GetUtcNow());
                component.ClearDomainEvents();
            }
        }

        CommitMaintenances();
        return maintenance;
    }

    /// <summary>Makes the maintenances' current in-memory state what the repository queries see.</summary>
    public void CommitMaintenances()
    {
        foreach (var maintenance in _maintenances)
        {
            _committedMaintenances[maintenance.Id] = (
                maintenance.Status,
                maintenance.AffectedComponentIds.ToArray()
            );
        }
    }
}
