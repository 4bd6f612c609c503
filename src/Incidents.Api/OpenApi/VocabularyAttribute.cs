namespace Incidents.Api.OpenApi;

/// <summary>
/// A string field that takes one of an enum's words (read leniently, written in display form): the
/// document lists the display forms as examples rather than as an <c>enum</c>, so that generated
/// clients keep sending "major_outage" or "MajorOutage" if their callers do.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
public sealed class VocabularyAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}
