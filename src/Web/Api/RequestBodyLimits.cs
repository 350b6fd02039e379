using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace AmbonCC.Web.Api;

/// <summary>
/// One body limit for the whole API (a larger one for device batches), answered with 413 problem+json. A declared
/// Content-Length over the limit is refused before reading; a chunked body is cut off when it passes the limit.
/// </summary>
public static class RequestBodyLimits
{
    public const long Default = 1024 * 1024;

    /// <summary>A full ingest batch (500 readings) or receipt batch (1,000) of verbose JSON fits with room to spare.</summary>
    public const long Batch = 4 * 1024 * 1024;

    public static string Describe() => $"{Default / 1024} KB ({Batch / 1024} KB for device and gateway batches)";

    /// <summary>
    /// An endpoint's own, smaller limit: the whole body, or null when it is longer than <paramref name="limit"/> (a
    /// declared Content-Length over it is refused unread; otherwise reading stops one chunk past it).
    /// </summary>
    public static async Task<byte[]?> ReadAtMostAsync(HttpRequest request, long limit)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    public static IApplicationBuilder UseApiBodyLimits(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        // JSON is UTF-8 (RFC 8259); an unknown charset made the body reader throw a 500.
        if (MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var mediaType)
            && mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !mediaType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            throw new BadHttpRequestException("Only UTF-8 bodies are accepted.", StatusCodes.Status415UnsupportedMediaType);
        }

        var limit = LimitFor(http.Request);
        if (http.Request.ContentLength > limit)
        {
            throw new BodyTooLargeException();
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        // The server's own limit is not enforced by every host (the test server has none): count as we read.
        http.Request.Body = new LimitedReadStream(http.Request.Body, limit);
        await next(http);
    });

    private static long LimitFor(HttpRequest request) =>
        request.Path.Value is { } path && (path.EndsWith("/readings", StringComparison.Ordinal) || path.EndsWith("/receipts", StringComparison.Ordinal))
            ? Batch
            : request.Path.Value?.EndsWith("/attachments", StringComparison.Ordinal) == true ? AttachmentLimit(request)
            : Default;

    /// <summary>Complaint attachments (a phone photo, a scanned letter) have their own configured limit.</summary>
    private static long AttachmentLimit(HttpRequest request) =>
        Math.Max(Default, request.HttpContext.RequestServices.GetService<Microsoft.Extensions.Options.IOptions<AmbonCC.Complaints.ComplaintOptions>>()?.Value.MaxAttachmentBytes ?? Default);

    private sealed class LimitedReadStream(Stream inner, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int n)
        {
            read += n;
            // Not an IOException: the minimal-API body reader treats those as a dropped connection and answers nothing.
            return read > limit ? throw new BodyTooLargeException() : n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>A request body over <see cref="RequestBodyLimits"/>; answered 413.</summary>
public sealed class BodyTooLargeException() : Exception("Request body too large.");
