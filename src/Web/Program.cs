using AmbonCC.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddAmbonSilo();
var app = builder.Build();
app.MapGet("/health/live", () => Results.Ok());
app.Run();
