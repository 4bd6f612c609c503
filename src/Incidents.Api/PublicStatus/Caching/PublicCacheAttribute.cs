namespace Incidents.Api.PublicStatus.Caching;

/// <summary>Marks an endpoint whose GET answers <see cref="PublicResponseCacheMiddleware"/> caches per page.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class PublicCacheAttribute : Attribute;
