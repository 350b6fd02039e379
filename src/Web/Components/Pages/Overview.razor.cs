using AmbonCC.Overview;
using AmbonCC.Platform;
using AmbonCC.Web.Live;
using AmbonCC.Web.Resources;
using AmbonCC.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace AmbonCC.Web.Components.Pages;

/// <summary>The overview: the live board (tiles, incidents, city map: <c>OverviewBoard</c>) and the bulletins.</summary>
public partial class Overview
{
    private const int Shown = 10;
    private List<Bulletin> bulletins = [];
    private long bulletinTotal;
    private string? draft;
    private LiveView? live;

    [Inject] private IGrainFactory Grains { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IStringLocalizer<MapText> MapT { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        live = new LiveView(Hub, InvokeAsync, StateHasChanged).On<BulletinPosted>(OnBulletin);
        await live.StartAsync(LoadAsync);
    }

    private async Task LoadAsync()
    {
        bulletins = [.. await Grains.GetGrain<IBulletinBoardGrain>(CityKeys.City).GetRecentAsync(Shown)];
        bulletinTotal = bulletins.Count == 0 ? 0 : bulletins[0].Number;
    }

    private void OnBulletin(BulletinPosted evt)
    {
        if (evt.Bulletin.Number <= bulletinTotal)
        {
            return; // the snapshot already had it
        }

        bulletins.Insert(0, evt.Bulletin);
        if (bulletins.Count > Shown)
        {
            bulletins.RemoveRange(Shown, bulletins.Count - Shown);
        }

        bulletinTotal = evt.Bulletin.Number;
    }

    private async Task PostAsync()
    {
        var user = (await Auth).User;
        if (!AccessPolicies.Allows(user, AccessPolicies.PostBulletins))
        {
            return;
        }

        try
        {
            await Grains.GetGrain<IBulletinBoardGrain>(CityKeys.City).PostAsync(user.Identity?.Name ?? "?", draft ?? "");
            draft = null;
        }
        catch (ArgumentException ex)
        {
            Snackbar.Add(ex.Message, Severity.Error);
        }
    }

    public ValueTask DisposeAsync()
    {
        return live?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
