using AmbonCC.Reports;
using AmbonCC.Silo.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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

/// <summary>Registers the scheduler's reminder once the silo runs (when the schedule is on).</summary>
internal sealed class ReportScheduleStarter(IGrainFactory grains, IOptions<ReportOptions> options, ILogger<ReportScheduleStarter> logger)
    : StartupGrainCall(logger)
{
    protected override string Purpose => "Daily report schedule";

    protected override async Task CallAsync()
    {
        if (options.Value.Schedule)
        {
            var next = await grains.GetGrain<IReportSchedulerGrain>(Platform.CityKeys.City).StartAsync();
            Logger.LogInformation("Daily report scheduled; next run {Next:o}", next);
        }
    }
}
