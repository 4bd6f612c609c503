namespace Incidents.Application.Common.Models;

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Page size capped at <see cref="MaxPageSize"/> rather than refused: lenient, and still bounded.</summary>
    public static int Size(int? requested) =>
        Math.Clamp(requested ?? DefaultPageSize, 1, MaxPageSize);

    /// <summary>
    /// Rows to skip for a 1-based page, without overflowing: a page far past the end is simply
    /// empty (a huge page number once overflowed into a negative OFFSET and a 500).
    /// </summary>
    public static int Offset(int page, int pageSize) =>
        (int)Math.Clamp((Math.Max(1L, page) - 1) * Math.Max(1, pageSize), 0, int.MaxValue);
}
