using AmbonCC.Cameras;
using AmbonCC.City;
using AmbonCC.Web.Live;
using AmbonCC.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace AmbonCC.Web.Cameras;

/// <summary>Police requests for footage: the list (live) and the form that records a new one from its letter.</summary>
public partial class EvidencePage : IAsyncDisposable
{
    private readonly EvidenceForm form = new();
    private List<EvidenceView>? requests;
    private IReadOnlyList<CameraProfile> cameras = [];
    private IReadOnlyDictionary<string, string[]> errors = new Dictionary<string, string[]>();
    private string? recorded;
    private bool busy;
    private LiveView? live;

    [Inject] private EvidenceDesk Desk { get; set; } = default!;
    [Inject] private CityCatalog Catalog { get; set; } = default!;
    [Inject] private LiveHub Hub { get; set; } = default!;
    [Inject] private CityClock City { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        cameras = [.. (await Catalog.CamerasAsync()).OrderBy(c => c.Code, StringComparer.Ordinal)];
        live = new LiveView(Hub, InvokeAsync, StateHasChanged).On<EvidenceChanged>(Apply);
        await live.StartAsync(async () => requests = [.. await Desk.ListAsync()]);
    }

    /// <summary>The event carries the request's whole row.</summary>
    private void Apply(EvidenceChanged evt)
    {
        requests ??= [];
        var index = requests.FindIndex(r => r.Id == evt.View.Id);
        if (index >= 0)
        {
            requests[index] = evt.View;
        }
        else
        {
            requests.Insert(0, evt.View);
        }
    }

    private async Task RecordAsync()
    {
        busy = true;
        recorded = null;
        try
        {
            var (request, local) = form.ToRequest(City);
            if (local.Count > 0)
            {
                errors = local;
                return;
            }

            var user = (await Auth).User.Identity?.Name ?? "?";
            (errors, var view) = await Desk.RecordAsync(request, user);
            if (view is not null)
            {
                recorded = view.Id;
                Apply(new EvidenceChanged(view, 1, view.RecordedAt));
                form.Clear();
            }
        }
        finally
        {
            busy = false;
        }
    }

    private bool Has(string field) => errors.ContainsKey(field);

    private string? ErrorOf(string field) => errors.TryGetValue(field, out var e) && e.Length > 0 ? EvidenceErrors.Localize(T, e[0]) : null;

    public ValueTask DisposeAsync() => live?.DisposeAsync() ?? ValueTask.CompletedTask;
}
