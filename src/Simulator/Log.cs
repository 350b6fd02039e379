using System.Globalization;

namespace AmbonCC.Simulator;

/// <summary>One compact line per event on standard output, stamped with local wall-clock time and offset.</summary>
internal static class Log
{
    private static readonly Lock Gate = new();

    public static void Info(string category, string message) => Write(Console.Out, category, message);

    public static void Error(string category, string message) => Write(Console.Error, category, message);

    private static void Write(TextWriter writer, string category, string message)
    {
        var stamp = TimeProvider.System.GetLocalNow().ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
        lock (Gate)
        {
            writer.WriteLine($"{stamp} [{category}] {message}");
        }
    }
}
