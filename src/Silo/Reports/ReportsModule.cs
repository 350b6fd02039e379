using AmbonCC.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.Silo.Reports;

internal static class ReportsModule
{
    /// <summary>The daily report: options, the SMTP mailer, and the start of the 07:00 reminder (after the silo started).</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReportServices(configuration);
        services.AddHostedService<ReportScheduleStarter>();
        return services;
    }

    /// <summary>What the report grains need in any silo (also test silos, which may swap the mailer).</summary>
    public static IServiceCollection AddReportServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>().Bind(configuration.GetSection(ReportOptions.Section));
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        services.TryAddSingleton<IReportMailer, SmtpReportMailer>();
        return services;
    }
}

/// <summary>Registers the scheduler's reminder once the silo runs; retried, since the first seconds may see no storage yet.</summary>
internal sealed class ReportScheduleStarter(IGrainFactory grains, IOptions<ReportOptions> options, ILogger<ReportScheduleStarter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Schedule)
        {
            return;
        }

        for (var attempt = 1; !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var next = await grains.GetGrain<IReportSchedulerGrain>(Platform.CityKeys.City).StartAsync();
                logger.LogInformation("Daily report scheduled; next run {Next:o}", next);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Daily report schedule not registered yet (attempt {Attempt}); retrying", attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 5 * attempt)), stoppingToken);
            }
        }
    }
}
