namespace Incidents.Application.Common.Models;

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Page size capped at <see cref="MaxPageSize"/> rather than refused: lenient, and still bounded.</summary>
    public static int Size(int? requested) =>
        Math.Clamp(requested ?? DefaultPageSize, 1, MaxPageSize);
}
