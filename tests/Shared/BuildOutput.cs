using System.Net;
using System.Net.Sockets;

namespace AmbonCC.Testing;

/// <summary>
/// Finds the build output of another project of this repository (same configuration as the caller) and free
/// loopback ports. Linked into the test and benchmark projects that start the real executables.
/// </summary>
public static class BuildOutput
{
    /// <summary>src/<paramref name="project"/>/bin/&lt;Configuration&gt;/net10.0/<paramref name="dll"/>.</summary>
    public static string Locate(string project, string dll)
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name; // bin/<Configuration>/net10.0/
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AmbonCC.sln")))
        {
            root = root.Parent;
        }

        if (root is null)
        {
            throw new DirectoryNotFoundException($"No AmbonCC.sln above {AppContext.BaseDirectory}.");
        }

        var path = Path.Combine(root.FullName, "src", project, "bin", configuration, "net10.0", dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the solution ({configuration}) first.", path);
    }

    /// <summary>A loopback port free right now (the OS picks it).</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
