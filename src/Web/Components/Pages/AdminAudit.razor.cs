using AmbonCC.Audit;
using Microsoft.AspNetCore.Components;

namespace AmbonCC.Web.Components.Pages;

/// <summary>The audit log for Admins: search by actor, entity, action and days (city time); export what matches as CSV.</summary>
public partial class AdminAudit
{
    private IReadOnlyList<AuditEntry> entries = [];
    private string? actor, entity, action;
    private DateTime? fromDay, toDay;

    [Inject] private IGrainFactory Grains { get; set; } = default!;

    protected override Task OnInitializedAsync() => SearchAsync();

    private async Task SearchAsync() =>
        entries = await AuditLog.Get(Grains).SearchAsync(new AuditQuery(actor, entity, action, From, To, 500));

    private DateTimeOffset? From => fromDay is { } d ? CityTime.StartOfDay(DateOnly.FromDateTime(d)) : null;

    // "To" names a day: the range ends at the start of the next one.
    private DateTimeOffset? To => toDay is { } d ? CityTime.StartOfDay(DateOnly.FromDateTime(d).AddDays(1)) : null;

    private string CsvUrl
    {
        get
        {
            var query = new Dictionary<string, string?>
            {
                ["actor"] = actor, ["entity"] = entity, ["action"] = action,
                ["from"] = From?.ToString("O"), ["to"] = To?.ToString("O"), ["limit"] = AuditQuery.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), ["format"] = "csv",
            };
            return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/api/v1/audit", query.Where(q => !string.IsNullOrWhiteSpace(q.Value)));
        }
    }

    private string At(DateTimeOffset at) => CityTime.ToCityTime(at).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
