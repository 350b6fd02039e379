using AmbonCC.Samples.AgencyClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// dotnet run --project samples/AgencyClient -- --gauge PDA-BATUMERAH-1 --camera CCTV-RV-01 --complaint AMB-2026-000001 --agency bpbd --opd BPBD
// Production: --ConnectionStrings:Redis=10.0.0.5:6379 (the cluster's membership); embedded: --AmbonCC:GatewayPort=30000.
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string>
{
    ["--gauge"] = "Agency:Gauge", ["--camera"] = "Agency:Camera", ["--complaint"] = "Agency:Complaint",
    ["--agency"] = "Agency:Name", ["--opd"] = "Agency:Opd",
});
var connection = AgencyConnection.From(builder.Configuration);
builder.UseOrleansClient(client => connection.Configure(client));
using var host = builder.Build();
await host.StartAsync();

var settings = builder.Configuration.GetSection("Agency");
var reader = new AgencyReader(host.Services.GetRequiredService<IGrainFactory>(), settings["Name"] ?? "sample", settings["Opd"]);
var snapshot = await reader.ReadAsync(settings["Gauge"] ?? "PDA-BATUMERAH-1", settings["Camera"], settings["Complaint"]);

Console.WriteLine(snapshot.Gauge is { } g ? $"gauge {g.Code}: {g.LevelCm} cm, {g.Band}" : "gauge: not found");
Console.WriteLine(snapshot.Camera is { } c ? $"camera {c.Code}: {c.Health}" : "camera: not asked or not found");
Console.WriteLine(snapshot.Complaint is { } v ? $"complaint {v.Id}: {v.Status}" : "complaint: not asked, not found or not this OPD's");
await host.StopAsync();
return 0;
