using AmbonCC.Complaints;
using AmbonCC.Complaints.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Silo.Complaints;

internal static class ComplaintsRegistration
{
    /// <summary>
    /// The complaints module: options, the working-day calendar from the per-year holiday files, the deadline
    /// rules the grains use, and the demo seed (after the silo: it talks to grains).
    /// </summary>
    public static IServiceCollection AddComplaints(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddComplaintServices(configuration);
        services.AddSingleton<IComplaintFileStore, ComplaintFileStore>();
        services.AddHostedService<ComplaintSeeder>();
        return services;
    }

    /// <summary>What the complaint grains need in any silo (also memory-storage test silos).</summary>
    public static IServiceCollection AddComplaintServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ComplaintOptions>().Bind(configuration.GetSection(ComplaintOptions.Section));
        services.AddSingleton(sp => HolidayFiles.Load(
            configuration.GetSection(ComplaintOptions.Section).Get<ComplaintOptions>()?.HolidayDirectory ?? new ComplaintOptions().HolidayDirectory,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HolidayFiles)),
            sp.GetRequiredService<AmbonCC.City.CityClock>()));
        services.AddSingleton<ComplaintDeadlines>();
        services.TryAddSingleton(sp => new ComplaintClock(sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}

/// <summary>Reads every <c>holidays-id-YYYY.json</c> of a directory into the calendar.</summary>
internal static class HolidayFiles
{
    public static WorkingDayCalendar Load(string directory, ILogger logger, AmbonCC.City.CityClock city)
    {
        var path = Path.IsPathRooted(directory) ? directory : Path.Combine(AppContext.BaseDirectory, directory);
        var lists = Directory.Exists(path)
            ? Directory.GetFiles(path, "holidays-id-*.json").Order(StringComparer.Ordinal).Select(f => WorkingDayCalendar.ParseList(File.ReadAllText(f))).ToList()
            : [];
        var calendar = new WorkingDayCalendar(lists, city);
        var year = city.Today.Year;
        foreach (var missing in new[] { year, year + 1 }.Where(y => !calendar.HasList(y)))
        {
            logger.LogWarning("No holiday list for {Year} in {Directory}: complaint deadlines in {Year} count weekdays only. Add holidays-id-{Year}.json when the SKB is published.", missing, path, missing, missing);
        }

        return calendar;
    }
}
