using AmbonCC.Security;
using AmbonCC.Silo;
using AmbonCC.Silo.Hosting;
using AmbonCC.Web.Api;
using AmbonCC.Web.Security;

namespace AmbonCC.Web.Hosting;

/// <summary>
/// <c>migrate</c>, <c>user add NAME --role ROLE [--opd CODE] [--name "Display"]</c> (password on stdin) and
/// <c>apikey issue --subject S --scope SCOPE</c>. User and key commands talk to the running cluster as an Orleans
/// client; when no silo runs (embedded profile, system stopped) they start one for the duration of the command.
/// </summary>
public static class AdminCommands
{
    private static readonly string[] Verbs = ["migrate", "user", "apikey"];

    public static bool IsAdminCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return args switch
            {
                ["migrate", ..] => await SiloProgram.MigrateAsync(args[1..]),
                ["user", "add", var name, ..] => await WithGrainsAsync(args, g => AddUserAsync(g, name, args)),
                ["apikey", "issue", ..] => await WithGrainsAsync(args, g => IssueKeyAsync(g, args)),
                _ => Usage(),
            };
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        catch (InvalidOperationException ex)
        {
            // e.g. a user created by someone else between our check and our call: one line, never a crash.
            await Console.Error.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> AddUserAsync(IGrainFactory grains, string name, string[] args)
    {
        var roles = Options(args, "--role").SelectMany(r => r.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var password = Console.In.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            throw new ArgumentException("Password: give it on standard input.");
        }

        var grain = grains.GetGrain<IUserAccountGrain>(name.ToLowerInvariant());
        if (await grain.GetAsync() is { } existing)
        {
            // Never overwrite: changing a password or roles is a different, deliberate act.
            await Console.Error.WriteLineAsync($"error: user {existing.UserName} already exists; nothing changed");
            return 1;
        }

        var account = await grain.CreateAsync(Options(args, "--name").FirstOrDefault() ?? name, roles, password, Options(args, "--opd").FirstOrDefault());
        Console.WriteLine($"user {account.UserName} created with roles {string.Join(", ", account.Roles)}");
        return 0;
    }

    private static async Task<int> IssueKeyAsync(IGrainFactory grains, string[] args)
    {
        var subjects = Options(args, "--subject").ToList();
        if (subjects.Count == 0)
        {
            throw new ArgumentException("--subject is required (e.g. gauge:WBM-01, opd:BPBD).");
        }

        var scope = Options(args, "--scope").FirstOrDefault() ?? throw new ArgumentException($"--scope is required ({string.Join(", ", ApiScopes.All)}).");
        foreach (var subject in subjects)
        {
            // One subject: the key alone (scripts read it as is); several (a fleet of terminals in one start): "subject key" lines.
            var (key, _) = await ApiKeyIssuer.IssueAsync(grains, subject, scope, "cli");
            Console.WriteLine(subjects.Count == 1 ? key : $"{subject} {key}");
        }

        return 0;
    }

    private static async Task<int> WithGrainsAsync(string[] args, Func<IGrainFactory, Task<int>> action)
    {
        var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray();
        using var host = await ConnectAsync(settings);
        try
        {
            return await action(host.Services.GetRequiredService<IGrainFactory>());
        }
        finally
        {
            // Stopped on every path: an exception used to escape with the silo still running (exit 134).
            await host.StopAsync();
        }
    }

    /// <summary>A client of the running cluster, or (embedded, nothing running) a silo of our own.</summary>
    private static async Task<IHost> ConnectAsync(string[] settings)
    {
        var clientBuilder = Host.CreateApplicationBuilder(settings);
        // A failed probe is expected when nothing runs: say so in one line instead of a logged stack trace.
        clientBuilder.Logging.ClearProviders();
        clientBuilder.UseOrleansClient(c => c.ConfigureAmbonClient(clientBuilder.Configuration));
        var client = clientBuilder.Build();
        try
        {
            // Bounded: with nothing listening the client keeps retrying the gateway for about three minutes.
            using var probe = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.StartAsync(probe.Token);
            return client;
        }
        catch (Exception) when (IsEmbedded(clientBuilder.Configuration))
        {
            client.Dispose();
            Console.Error.WriteLine("no running silo found; starting one for this command");
        }

        var siloBuilder = Host.CreateApplicationBuilder(settings);
        siloBuilder.Configuration["AmbonCC:SeedDemoData"] = "false";
        siloBuilder.AddAmbonSilo();
        var silo = siloBuilder.Build();
        await silo.StartAsync();
        return silo;
    }

    private static bool IsEmbedded(IConfiguration configuration) =>
        (configuration.GetSection(AmbonOptions.Section).Get<AmbonOptions>() ?? new()).Profile == StorageProfile.Embedded;

    private static IEnumerable<string> Options(string[] args, string name)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == name)
            {
                yield return args[i + 1];
            }
        }
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: AmbonCC.Web migrate | user add NAME --role ROLE[,ROLE] [--opd CODE] [--name DISPLAY] (password on stdin) | apikey issue --subject KIND:CODE --scope SCOPE");
        return 2;
    }
}
