using System.Text;
using Incidents.Api.PublicStatus.Compression;
using Microsoft.AspNetCore.Http;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>
/// A stored answer is compressed in a coding only when a client first asks for it: every request
/// after a write waits for the render, which therefore no longer compresses what nobody may take.
/// </summary>
public sealed class EncodedRepresentationsTests
{
    private static readonly byte[] Json = Encoding.UTF8.GetBytes(
        "{\"Components\":["
            + string.Join(
                ",",
                Enumerable.Repeat("{\"Name\":\"API\",\"Status\":\"Operational\"}", 60)
            )
            + "]}"
    );

    [Fact]
    public void Identity_CompressesNothing()
    {
        var representations = EncodedRepresentations.Create(Json, "application/json", "\"e\"");

        var (body, encoding) = representations.Choose(Request(null));

        Assert.Null(encoding);
        Assert.Same(Json, body.Body);
        Assert.True(representations.VariesByEncoding);
        Assert.Empty(representations.CompressedCodings);
    }

    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    public void ACoding_IsCompressedWhenFirstAskedFor_AndOnlyThatOne(
        string acceptEncoding,
        string expected
    )
    {
        var representations = EncodedRepresentations.Create(Json, "application/json", "\"e\"");

        var (body, encoding) = representations.Choose(Request(acceptEncoding));

        Assert.Equal(expected, encoding);
        Assert.True(body.Body.Length < Json.Length);
        Assert.Equal([expected], representations.CompressedCodings);
        // Asked again: the same bytes, not a second compression.
        Assert.Same(body.Body, representations.Choose(Request(acceptEncoding)).Body.Body);
    }

    [Fact]
    public void CompressAll_CompressesEveryCodingNow()
    {
        var representations = EncodedRepresentations
            .Create(Json, "application/json", "\"e\"")
            .CompressAll();

        Assert.Equal(["br", "gzip"], representations.CompressedCodings);
    }

    private static HttpRequest Request(string? acceptEncoding)
    {
        var context = new DefaultHttpContext();
        if (acceptEncoding is not null)
        {
            context.Request.Headers.AcceptEncoding = acceptEncoding;
        }

        return context.Request;
    }
}
