using AmbonCC.Web.Hosting;

// Admin verbs (migrate, user add, apikey issue) run and exit; anything else starts the command center.
if (AdminCommands.IsAdminCommand(args))
{
    return await AdminCommands.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddAmbonWeb();
var app = builder.Build();
app.UseAmbonWeb();
await app.RunAsync();
return 0;
public partial class Program;
