using System.Globalization;
using AmbonCC.City;
using AmbonCC.Incidents;
using AmbonCC.Platform;
using AmbonCC.RiverGauges;
using AmbonCC.Warnings.Cap;
using Microsoft.Extensions.Logging;

namespace AmbonCC.Warnings;

internal sealed partial class FloodWarningGrain
{
    /// <summary>The alarm type raised when a CAP message fails to build or to pass the CAP 1.2 check.</summary>
    public const string PublishFailedType = "cap_publish_failed";

    private async Task ProposeAsync(RiverSituation situation, CapMsgType type, DateTimeOffset now)
    {
        var facts = await FactsAsync(situation, type, now);
        var text = FloodText.Indonesian(facts, type == CapMsgType.Cancel);
        S.Pending = new PendingProposal
        {
            Facts = facts,
            View = new ProposalView(type, facts.Level, facts.LevelCm, facts.Trend, now, text.Headline, text.Description, text.Instruction),
        };
    }

    private async Task<FloodWarningFacts> FactsAsync(RiverSituation s, CapMsgType type, DateTimeOffset now)
    {
        var profile = S.Profile!;
        var directory = GrainFactory.GetGrain<ICityDirectoryGrain>(CityKeys.City);
        var kelurahan = new List<AffectedKelurahan>();
        foreach (var code in profile.DownstreamKelurahanCodes)
        {
            if (await directory.FindKelurahanAsync(code) is { } k)
            {
                kelurahan.Add(new AffectedKelurahan(k.Name, k.Code, null, new CapPoint(k.Latitude, k.Longitude)));
            }
        }

        var baseUrl = publicBaseUrl.Value;
        return new FloodWarningFacts
        {
            Identifier = "pending",
            Sender = options.Value.Sender,
            Sent = clock.ToCityTime(now),
            MsgType = type,
            RiverName = S.RiverName,
            GaugeCode = s.Worst.Code,
            GaugeName = s.Worst.Name,
            Level = s.Worst.Band,
            LevelCm = Math.Round(s.Worst.LevelCm ?? 0, 1),
            Trend = s.Trend,
            RateCmPer10Min = s.Worst.RateCmPer10Min is { } r ? Math.Round(r, 1) : null,
            ObservedAt = clock.ToCityTime(s.Worst.ObservedAt ?? now),
            TimeZoneLabel = clock.Label,
            Kelurahan = kelurahan,
            Web = $"{baseUrl}/api/v1/warnings/{Id}/cap",
            Contact = options.Value.Contact,
            IncidentId = S.IncidentId,
        };
    }

    /// <summary>
    /// Numbers the proposal, references every earlier message, checks it against CAP 1.2, stores it, then queues
    /// it for every recipient. State is written before the outbox so that a crash in between is repaired by the
    /// retry: outbox keys make a second enqueue harmless.
    /// </summary>
    private async Task PublishPendingAsync(string approvedBy, DateTimeOffset now)
    {
        var pending = S.Pending!;
        var number = S.Messages.Count + 1;
        var facts = pending.Facts with
        {
            Identifier = $"ambon-cc.{Id}.{number}",
            Sent = clock.ToCityTime(now),
            References = [.. S.Messages.Select(m => new CapReference(options.Value.Sender, m.View.Identifier, m.View.Sent))],
        };
        string xml;
        try
        {
            xml = CapXml.WriteString(FloodCapMapping.ToAlert(facts));
            var conformance = CapConformance.Check(xml);
            if (!conformance.IsValid)
            {
                throw new InvalidOperationException("CAP message failed the CAP 1.2 check: " + string.Join("; ", conformance.Errors));
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or global::System.Xml.XmlException)
        {
            await ReportPublishFailureAsync(facts, ex, now);
            throw new InvalidOperationException("The CAP message could not be published: " + ex.Message, ex);
        }

        var view = new CapMessageView(number, facts.MsgType, facts.Identifier, now, facts.Level, facts.LevelCm, pending.View.Headline, approvedBy);
        S.Messages.Add(new PublishedMessage { View = view, Xml = xml, Text = pending.View });
        S.Pending = null;
        var first = S.State == WarningState.Draft;
        S.State = facts.MsgType == CapMsgType.Cancel ? WarningState.Cancelled : WarningState.Active;
        Note(now, approvedBy, WarningNotes.Published, facts.MsgType.ToString(), number.ToString(CultureInfo.InvariantCulture), facts.Level.ToString(), facts.LevelCm.ToString("0", CultureInfo.InvariantCulture));
        if (first)
        {
            await AddInitialRecipientsAsync(now);
            await this.RegisterOrUpdateReminder(EscalationReminder, options.Value.EscalationCheck, options.Value.EscalationCheck);
        }

        await state.WriteStateAsync();
        await DisseminateAsync(number, pending.View, now);
        await WarningIncidents.RecordAsync(GrainFactory, S.IncidentId, Id, view, now);
        if (S.State == WarningState.Cancelled)
        {
            await CloseAsync();
        }

        logger.LogInformation("Warning {Id}: published CAP {Type} #{Number}", Id, facts.MsgType, number);
    }

    /// <summary>A warning that cannot be published is an emergency of its own: an error log and an alarm on the queue.</summary>
    private async Task ReportPublishFailureAsync(FloodWarningFacts facts, Exception ex, DateTimeOffset now)
    {
        logger.LogError(ex, "Warning {Id}: CAP {Type} for {River} could not be published", Id, facts.MsgType, S.RiverName);
        var profile = S.Profile!;
        await GrainFactory.GetGrain<IAlarmGrain>(AlarmKeys.For(SubjectKeys.Warning(Id), PublishFailedType)).RaiseAsync(new AlarmRaise(
            SubjectKeys.Warning(Id), PublishFailedType, AlarmSeverity.Critical,
            Id,
            new Dictionary<string, string> { ["warning"] = Id, ["river"] = S.RiverName, ["msgType"] = facts.MsgType.ToString() },
            new AlarmArea([.. profile.DownstreamKelurahanCodes], profile.Latitude, profile.Longitude),
            SubjectKeys.River(S.RiverName), now, $"Banjir {S.RiverName}",
            AlarmTexts.WarningPublishFailed, [Id, ex.Message]));
    }
}
