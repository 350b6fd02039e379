using AmbonCC.Simulator.Cameras;
using AmbonCC.Simulator.Config;
using SixLabors.ImageSharp;

namespace AmbonCC.Simulator.Tests;

public sealed class CameraPicturesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_picture_is_a_JPEG_of_the_promised_size_and_changes_with_time()
    {
        var first = CameraPictures.Render("Road", 3, At);
        var same = CameraPictures.Render("Road", 3, At);
        var later = CameraPictures.Render("Road", 3, At.AddSeconds(30));

        Assert.Equal([0xFF, 0xD8, 0xFF], first[..3]);
        var info = Image.Identify(first);
        Assert.Equal((CameraPictures.Width, CameraPictures.Height), (info.Width, info.Height));
        Assert.Equal(first, same);
        Assert.NotEqual(first, later);
    }

    [Fact]
    public void Camera_options_are_read()
    {
        var options = SimulatorOptions.Parse(["--camera-interval", "5", "--freeze-camera", "CCTV-RV-01", "--no-cameras"], _ => null);

        Assert.Equal((TimeSpan.FromSeconds(5), "CCTV-RV-01", false), (options.CameraInterval, options.FreezeCamera, options.Cameras));
    }
}
