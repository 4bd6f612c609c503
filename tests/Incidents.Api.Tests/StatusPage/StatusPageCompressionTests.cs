using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Incidents.Api.Tests.Infrastructure;

namespace Incidents.Api.Tests.StatusPage;

/// <summary>
/// The status page, its JSON and its assets go compressed (Brotli or gzip, as the client prefers),
/// from forms stored with the snapshot entry, with Vary: Accept-Encoding and an ETag per form; the
/// live event stream is never compressed or buffered.
/// </summary>
public sealed class StatusPageCompressionTests(SqliteApiFactory factory)
    : IClassFixture<SqliteApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip, deflate, br;q=0.5", "gzip")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("*", "br")]
    [InlineData("identity", null)]
    [InlineData(null, null)]
    public async Task Page_NegotiatesTheEncoding_WithVaryAndAnETagPerEncoding(
        string? acceptEncoding,
        string? expected
    )
    {
        var page = await factory.CreatePageClientAsync();
        await page.Http.CreateIncidentAsync("Compressed outage");
        var client = factory.CreateClient();
        var identity = await GetAsync(client, $"/status/{page.Slug}", null);
        var plain = await identity.Content.ReadAsByteArrayAsync(Ct);

        using var response = await GetAsync(client, $"/status/{page.Slug}", acceptEncoding);
        var body = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(plain, Decode(body, expected));
        var etag = response.Headers.ETag!.Tag;
        Assert.Equal(expected is null, etag == identity.Headers.ETag!.Tag);
        if (expected is not null)
        {
            Assert.True(
                body.Length * 2 < plain.Length,
                $"{expected}: {body.Length} of {plain.Length} bytes"
            );
        }
    }

    [Fact]
    public async Task Page_Compressed_IsStoredOnce_AndRevalidatesWithItsOwnETag()
    {
        var page = await factory.CreatePageClientAsync();
        var client = factory.CreateClient();

        using var first = await GetAsync(client, $"/status/{page.Slug}", "br, gzip");
        using var second = await GetAsync(client, $"/status/{page.Slug}", "br, gzip");
        using var gzip = await GetAsync(client, $"/status/{page.Slug}", "gzip");
        using var revalidated = await GetAsync(
            client,
            $"/status/{page.Slug}",
            "br, gzip",
            first.Headers.ETag!.Tag
        );
        using var otherEncoding = await GetAsync(
            client,
            $"/status/{page.Slug}",
            "gzip",
            first.Headers.ETag!.Tag
        );

        // The second answer is a hit on the snapshot entry (Age) with the same stored bytes.
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(
            await first.Content.ReadAsByteArrayAsync(Ct),
            await second.Content.ReadAsByteArrayAsync(Ct)
        );
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.NotEqual(first.Headers.ETag, gzip.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherEncoding.StatusCode);
        Assert.Equal("gzip", otherEncoding.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task PublicJson_IsCompressedToo()
    {
        var page = await factory.CreatePageClientAsync();
        await page.Http.CreateComponentAsync("API");
        var client = factory.CreateClient();

        using var response = await GetAsync(client, $"/api/public/{page.Slug}/summary", "gzip");

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        var json = Decode(await response.Content.ReadAsByteArrayAsync(Ct), "gzip");
        Assert.Contains(
            "\"Success\":true",
            System.Text.Encoding.UTF8.GetString(json),
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData("/status.css", "text/css")]
    [InlineData("/status.js", "text/javascript")]
    public async Task Assets_AreServedPrecompressed(string path, string mediaType)
    {
        var client = factory.CreateClient();
        using var plain = await GetAsync(client, path, null);
        using var brotli = await GetAsync(client, path, "br, gzip");
        using var revalidated = await GetAsync(client, path, "br", brotli.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(mediaType, brotli.Content.Headers.ContentType?.MediaType);
        Assert.Equal("br", brotli.Content.Headers.ContentEncoding.Single());
        Assert.Contains("Accept-Encoding", brotli.Headers.Vary);
        Assert.Equal(
            await plain.Content.ReadAsByteArrayAsync(Ct),
            Decode(await brotli.Content.ReadAsByteArrayAsync(Ct), "br")
        );
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    [Fact]
    public async Task Events_WithAcceptEncoding_StreamUncompressed_AndUnbuffered()
    {
        var page = await factory.CreatePageClientAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/status/{page.Slug}/events");
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");

        using var response = await factory
            .CreateClient()
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(
            await response.Content.ReadAsStreamAsync(timeout.Token)
        );

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        // The first line arrives while the stream stays open: nothing holds it back.
        Assert.Equal("retry: 3000", await reader.ReadLineAsync(timeout.Token));
        await page.Http.CreateIncidentAsync("Still streaming");
        string? line;
        do
        {
            line = await reader.ReadLineAsync(timeout.Token);
        } while (line is not null && !line.StartsWith("event:", StringComparison.Ordinal));
        Assert.Equal("event: changed", line);
    }

    [Fact]
    public async Task Layout_HasFaviconDescriptionAndPageNameInTitle()
    {
        var page = await factory.CreatePageClientAsync();
        var html = await factory.CreateClient().GetStringAsync($"/status/{page.Slug}", Ct);

        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\"", html, StringComparison.Ordinal);
        Assert.Contains(
            "<meta name=\"description\" content=\"Live status of Test page",
            html,
            StringComparison.Ordinal
        );
        Assert.Contains(
            $"<title>Test page {page.Slug} status</title>",
            html,
            StringComparison.Ordinal
        );
    }

    private static async Task<HttpResponseMessage> GetAsync(
        HttpClient client,
        string path,
        string? acceptEncoding,
        string? ifNoneMatch = null
    )
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        }

        return await client.SendAsync(request, Ct);
    }

    private static byte[] Decode(byte[] body, string? encoding)
    {
        if (encoding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder =
            encoding == "br"
                ? new BrotliStream(input, CompressionMode.Decompress)
                : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}
