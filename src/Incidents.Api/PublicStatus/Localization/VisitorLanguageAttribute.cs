namespace Incidents.Api.PublicStatus.Localization;

/// <summary>
/// Marks endpoints a visitor reads (the status page, its feeds, the subscription pages): they get
/// the request's language (<see cref="VisitorLanguageSetup"/>) and the cache keeps one answer per
/// language. Other endpoints (the admin API, the public JSON) stay culture-invariant English.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
public sealed class VisitorLanguageAttribute : Attribute;
