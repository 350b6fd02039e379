using System.Collections.Immutable;
using System.Net.Mail;
using AmbonCC.City;
using AmbonCC.Platform;
using AmbonCC.Reports;
using AmbonCC.Security;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;

namespace AmbonCC.Web.Reports;

/// <summary>
/// The e-mail subscriptions to the daily report, for the Admin: list, set an address and the edition (city or one
/// OPD's), remove. Writes go to the subscriptions grain under the Admin's name, so the audit log has them.
/// </summary>
public sealed partial class ReportSubscriptions
{
    private ImmutableArray<ReportSubscription> subscriptions = [];
    private ImmutableArray<Opd> opds = [];
    private string? userName, email, opd, error;

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;

    private IReportSubscriptionsGrain Book => Grains.GetGrain<IReportSubscriptionsGrain>(CityKeys.City);

    protected override async Task OnInitializedAsync()
    {
        opds = await Catalog.OpdsAsync();
        subscriptions = await Book.ListAsync();
    }

    private void Edit(ReportSubscription s) => (userName, email, opd, error) = (s.UserName, s.Email, s.OpdCode, null);

    private async Task SaveAsync()
    {
        var name = (userName ?? "").Trim().ToLowerInvariant();
        var address = (email ?? "").Trim();
        error = name.Length is 0 or > 40 ? R["NoSuchUser"].Value
            : address.Length is 0 or > 254 || !MailAddress.TryCreate(address, out _) ? R["NotAnEmail"].Value
            : null;
        if (error is null && await Grains.GetGrain<IUserAccountGrain>(name).GetAsync() is null)
        {
            error = R["NoSuchUser"].Value;
        }

        if (error is not null)
        {
            return;
        }

        subscriptions = await Book.SetAsync(name, address, opd);
        userName = email = opd = null;
    }

    private async Task RemoveAsync(string user)
    {
        subscriptions = await Book.SetAsync(user, null, null);
        error = null;
    }
}
