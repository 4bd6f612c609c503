using System.Reflection;
using Incidents.Api.Common;
using Incidents.Application;
using Incidents.Domain.Incidents;
using Incidents.Infrastructure.Persistence;

namespace Incidents.Architecture.Tests;

internal static class Layers
{
    public static readonly Assembly Domain = typeof(Incident).Assembly;
    public static readonly Assembly Application = typeof(DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(IncidentsDbContext).Assembly;
    public static readonly Assembly Api = typeof(ApiResponse<>).Assembly;

    public const string DomainNamespace = "Incidents.Domain";
    public const string ApplicationNamespace = "Incidents.Application";
    public const string InfrastructureNamespace = "Incidents.Infrastructure";
    public const string ApiNamespace = "Incidents.Api";
    public const string EntityFrameworkCore = "Microsoft.EntityFrameworkCore";
    public const string AspNetCore = "Microsoft.AspNetCore";
}
