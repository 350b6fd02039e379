using System.Security.Cryptography;
using AmbonCC.Security;

namespace AmbonCC.Web.Security;

/// <summary>
/// On a store with no accounts, creates <c>admin</c> with AMBONCC_ADMIN_PASSWORD, or a random password printed
/// once to the console. Registered after the silo so that grains are reachable.
/// </summary>
internal sealed class FirstRunAdmin(IGrainFactory grains, IConfiguration configuration, ILogger<FirstRunAdmin> logger) : IHostedService
{
    public const string PasswordVariable = "AMBONCC_ADMIN_PASSWORD";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var users = await grains.GetGrain<IUserDirectoryGrain>("all").ListAsync();
        if (users.Count > 0)
        {
            return;
        }

        var password = configuration[PasswordVariable];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');
        }

        await grains.GetGrain<IUserAccountGrain>("admin").CreateAsync("Administrator", [Roles.Admin, Roles.Ops, Roles.Supervisor], password!, null);
        if (generated)
        {
            // Printed once, on purpose to the console only: it is not kept anywhere else.
            Console.WriteLine($"AmbonCC first run: created user 'admin' with password: {password}");
        }

        logger.LogInformation("First run: created the admin account");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
