using AmbonCC.Silo.Database;
using AmbonCC.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmbonCC.Silo;

/// <summary>A headless silo: a grain-only node of a Production cluster. <c>migrate</c> applies the schema and exits.</summary>
public static class SiloProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["migrate", ..])
        {
            return await MigrateAsync(args[1..]);
        }

        var builder = Host.CreateApplicationBuilder(args);
        builder.AddAmbonSilo();
        await builder.Build().RunAsync();
        return 0;
    }

    /// <summary>The <c>migrate</c> verb of every executable: applies deploy/sql to the configured database.</summary>
    public static async Task<int> MigrateAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddAmbonPlatform(builder.Configuration);
        using var host = builder.Build();
        var database = host.Services.GetRequiredService<AmbonDatabase>();
        var applied = await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(database);
        Console.WriteLine($"migrate: {database.Kind} schema up to date; {applied.Count} script(s) applied now{(applied.Count > 0 ? ": " + string.Join(", ", applied) : "")}");
        return 0;
    }
}
