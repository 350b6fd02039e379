using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace AmbonCC.Simulator.Cameras;

/// <summary>
/// Small generated pictures (320×180 JPEG) that change with time, so that the wall shows something moving: a sky
/// and ground in the category's colours, a block that crosses the scene, and a clock bar along the bottom.
/// </summary>
internal static class CameraPictures
{
    public const int Width = 320;
    public const int Height = 180;

    public static byte[] Render(string category, int cameraIndex, DateTimeOffset at)
    {
        var (ground, thing) = category switch
        {
            "River" => (new Rgb24(60, 110, 150), new Rgb24(200, 200, 210)),
            "Waste" => (new Rgb24(110, 95, 70), new Rgb24(60, 160, 60)),
            "PublicBuilding" => (new Rgb24(170, 170, 160), new Rgb24(180, 60, 60)),
            _ => (new Rgb24(80, 80, 85), new Rgb24(230, 200, 40)),
        };
        var seconds = at.ToUnixTimeSeconds();
        var thingX = (int)((seconds * 7 + cameraIndex * 53) % (Width + 60)) - 60;
        var clockWidth = (int)(seconds % 60 * Width / 60);
        using var image = new Image<Rgb24>(Width, Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < Width; x++)
                {
                    row[x] = y < Height / 2
                        ? new Rgb24((byte)(120 + y), (byte)(160 + y / 2), 220)
                        : y >= Height - 6 ? (x < clockWidth ? new Rgb24(255, 255, 255) : new Rgb24(20, 20, 20))
                        : x >= thingX && x < thingX + 60 && y > Height / 2 + 20 && y < Height / 2 + 50 ? thing
                        : ground;
                }
            }
        });
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 70 });
        return output.ToArray();
    }
}
