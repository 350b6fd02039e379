using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;

namespace AmbonCC.Simulator.Complaints;

/// <summary>A reporter's phone photo, generated: 160×120 JPEG in the category's colours, a few kilobytes.</summary>
internal static class ComplaintPhoto
{
    public const int Width = 160;
    public const int Height = 120;

    public static byte[] Render(string category, int seed)
    {
        var (ground, spot) = category switch
        {
            "sampah" => (new Rgb24(110, 95, 70), new Rgb24(60, 150, 60)),
            "banjir" or "drainase" => (new Rgb24(120, 100, 60), new Rgb24(90, 120, 150)),
            "jalan" => (new Rgb24(70, 70, 75), new Rgb24(30, 30, 30)),
            _ => (new Rgb24(150, 150, 140), new Rgb24(200, 60, 50)),
        };
        var random = new Random(seed);
        var (cx, cy, r) = (random.Next(30, Width - 30), random.Next(70, Height - 20), random.Next(10, 25));
        using var image = new Image<Rgb24>(Width, Height);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < Width; x++)
                {
                    var inSpot = (x - cx) * (x - cx) + (y - cy) * (y - cy) < r * r;
                    row[x] = y < Height / 3 ? new Rgb24(150, 180, (byte)(200 + y)) : inSpot ? spot : ground;
                }
            }
        });
        using var output = new MemoryStream();
        image.Save(output, new JpegEncoder { Quality = 60 });
        return output.ToArray();
    }
}
