using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Simulator.Cameras;

/// <summary>
/// The VMS's live viewer as Frigate serves it: <c>GET /api/{camera}</c> is an MJPEG stream
/// (multipart/x-mixed-replace), one generated frame a second; the frozen camera repeats its picture, the dropped one
/// answers 503 once it is off the network.
/// </summary>
internal static class MjpegHost
{
    private const string Boundary = "frame";

    public static WebApplication Build(int port, CameraFleet fleet)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        app.MapGet("/api/{code}", async (string code, HttpContext context) =>
        {
            if (fleet.Find(code) is not { } camera)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = $"multipart/x-mixed-replace; boundary={Boundary}";
            var ct = context.RequestAborted;
            while (!ct.IsCancellationRequested && fleet.Picture(camera) is { } frame)
            {
                var header = Encoding.ASCII.GetBytes($"--{Boundary}\r\nContent-Type: image/jpeg\r\nContent-Length: {frame.Length}\r\n\r\n");
                await context.Response.Body.WriteAsync(header, ct);
                await context.Response.Body.WriteAsync(frame, ct);
                await context.Response.Body.WriteAsync("\r\n"u8.ToArray(), ct);
                await context.Response.Body.FlushAsync(ct);
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        });
        return app;
    }
}
