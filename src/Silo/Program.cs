using AmbonCC.Silo.Database;
using AmbonCC.Silo.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// A headless silo: a grain-only node of a Production cluster. `migrate` applies the schema and exits.
var builder = Host.CreateApplicationBuilder(args);
if (args is ["migrate", ..])
{
    builder.Services.AddAmbonPlatform(builder.Configuration);
    using var tools = builder.Build();
    var database = tools.Services.GetRequiredService<AmbonDatabase>();
    var applied = await tools.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(database);
    Console.WriteLine($"migrate: {database.Kind} up to date ({applied.Count} script(s) applied now)");
    return 0;
}

builder.AddAmbonSilo();
await builder.Build().RunAsync();
return 0;
