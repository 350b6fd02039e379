using AmbonCC.Audit;
using AmbonCC.Cameras;
using AmbonCC.Complaints;
using AmbonCC.RiverGauges;

namespace AmbonCC.Samples.AgencyClient;

/// <summary>What the agency read.</summary>
public sealed record AgencySnapshot(GaugeStatus? Gauge, CameraStatus? Camera, ComplaintView? Complaint);

/// <summary>
/// Reads a gauge, a camera and a complaint the way any agency system would: plain grain calls. The agency names
/// itself in the request context so that the audit log can say who read a complaint; the cluster cannot verify
/// that name (see README: this path is for trusted agency networks only).
/// </summary>
public sealed class AgencyReader(IGrainFactory grains, string agency, string? opdCode)
{
    public async Task<AgencySnapshot> ReadAsync(string? gaugeCode, string? cameraCode, string? complaintId)
    {
        new AuditActor("agency:" + agency, "orleans-client", AuditSources.OrleansClient, null).Enter();
        var gauge = gaugeCode is null ? null : await grains.GetGrain<IRiverGaugeGrain>(gaugeCode).GetStatusAsync();
        var camera = cameraCode is null ? null : await grains.GetGrain<ICameraGrain>(cameraCode).GetStatusAsync();
        // An OPD reader: the complaint as its OPD sees it, never a confidential or anonymous reporter's identity.
        var complaint = complaintId is null ? null
            : await grains.GetGrain<IComplaintGrain>(complaintId).GetAsync(new ComplaintReader("agency:" + agency, opdCode is null ? ReaderKind.Public : ReaderKind.Opd, opdCode));
        return new AgencySnapshot(gauge, camera, complaint);
    }
}
