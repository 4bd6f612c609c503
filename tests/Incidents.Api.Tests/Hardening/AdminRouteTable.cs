using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Incidents.Api.Tests.Hardening;

/// <summary>The admin endpoints as the running service routes them (not as a test lists them).</summary>
public static partial class AdminRouteTable
{
    public sealed record AdminEndpoint(
        string Method,
        string Pattern,
        IReadOnlyList<string?> Policies,
        bool AllowsAnonymous
    )
    {
        /// <summary>
        /// A concrete URL: route parameters become fresh GUIDs unless given; a second parameter
        /// (e.g. {updateId} after {id}) gets <paramref name="secondId"/> when given, else the first.
        /// </summary>
        public string Url(Guid? id = null, Guid? secondId = null)
        {
            var first = id ?? Guid.NewGuid();
            var index = 0;
            return "/"
                + RouteParameter()
                    .Replace(Pattern, _ => (index++ == 0 ? first : secondId ?? first).ToString());
        }

        public override string ToString() => $"{Method} /{Pattern}";
    }

    public static IReadOnlyList<AdminEndpoint> Read(IServiceProvider services) =>
        Read(services, "api/admin/");

    /// <summary>The routed endpoints whose pattern starts with <paramref name="prefix"/>.</summary>
    public static IReadOnlyList<AdminEndpoint> Read(IServiceProvider services, string prefix) =>
        services
            .GetRequiredService<EndpointDataSource>()
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e =>
                e.RoutePattern.RawText?.TrimStart('/')
                    .StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true
            )
            .SelectMany(e =>
                (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(
                    method => new AdminEndpoint(
                        method,
                        e.RoutePattern.RawText!.TrimStart('/'),
                        e.Metadata.GetOrderedMetadata<IAuthorizeData>()
                            .Select(a => a.Policy)
                            .ToList(),
                        e.Metadata.GetMetadata<IAllowAnonymous>() is not null
                    )
                )
            )
            .OrderBy(e => e.Pattern, StringComparer.Ordinal)
            .ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
