using AmbonCC.City;

namespace AmbonCC.Cameras;

/// <summary>Persisted camera state; health and evidence fields will be added with new ids.</summary>
[GenerateSerializer, Alias("ambon.cameras.CameraState")]
public sealed class CameraState
{
    [Id(0)] public CameraProfile? Profile { get; set; }
}
