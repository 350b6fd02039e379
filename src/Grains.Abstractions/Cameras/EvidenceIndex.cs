using AmbonCC.Live;

namespace AmbonCC.Cameras;

/// <summary>
/// Every evidence request of the city as it stands now (key: <see cref="Platform.CityKeys.City"/>), for the list
/// page. Each request's grain hands over its view after every step; the request grain stays the truth.
/// </summary>
[Alias("ambon.cameras.IEvidenceIndexGrain")]
public interface IEvidenceIndexGrain : IGrainWithStringKey
{
    /// <summary>Keeps the newest view of a request (an older one than held is ignored). Safe to repeat.</summary>
    [Alias("Upsert")]
    Task UpsertAsync(EvidenceView view, int step);

    /// <summary>Requests, newest first.</summary>
    [Alias("List")]
    Task<IReadOnlyList<EvidenceView>> ListAsync();
}

/// <summary>An evidence request after a step: the whole row the list and the detail page show.</summary>
[GenerateSerializer, Immutable, Alias("AmbonCC.Cameras.EvidenceChanged")]
public sealed record EvidenceChanged(
    [property: Id(0)] EvidenceView View,
    [property: Id(1)] int Step,
    [property: Id(2)] DateTimeOffset At) : ICameraEvent
{
    public string SubjectId => View.Id;

    public string Kind => "evidence";
}
