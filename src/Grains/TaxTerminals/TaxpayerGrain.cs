using System.Collections.Immutable;
using System.Globalization;
using AmbonCC.City;
using AmbonCC.Platform;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AmbonCC.TaxTerminals;

/// <summary>
/// A taxpayer: collects findings from its terminals and the SPTPD rule, ranks itself, and carries the enforcement
/// case whose every step an officer takes. Called by terminals and officers; it calls nobody that calls it.
/// </summary>
internal sealed partial class TaxpayerGrain(
    [PersistentState("taxpayer", ProviderNames.GrainStorage)] IPersistentState<TaxpayerState> state,
    ITaxTransactionLedger ledger,
    IOptions<TaxRuleOptions> options,
    TimeProvider time,
    CityClock clock,
    ILogger<TaxpayerGrain> logger) : Grain, ITaxpayerGrain, IRemindable
{
    private const int MaxFindings = 200;

    private string Npwpd => this.GetPrimaryKeyString();

    public async Task<bool> RegisterAsync(RestaurantProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ProfileKeys.EnsureMatches(Npwpd, profile.Npwpd, "NPWPD");
        if (profile == state.State.Profile && state.State.Terminals.Contains(profile.TerminalSerial))
        {
            return false;
        }

        state.State.Profile = profile;
        state.State.Terminals.Add(profile.TerminalSerial);
        await state.WriteStateAsync();
        return true;
    }

    public async Task ReportFindingsAsync(RestaurantProfile profile, IReadOnlyList<TaxFinding> findings)
    {
        ProfileKeys.EnsureMatches(Npwpd, profile.Npwpd, "NPWPD");
        state.State.Profile ??= profile;
        state.State.Terminals.Add(profile.TerminalSerial);
        var now = time.GetUtcNow();
        var added = 0;
        foreach (var finding in findings)
        {
            // A field check found the outlet closed after the terminal turned red: the 3-days rule does not apply.
            if (finding.Kind == FindingKind.StillRedAfter3Days && state.State.ClosedConfirmedAt is { } closed
                && finding.Evidence.TryGetValue("redSince", out var since) && DateTimeOffset.Parse(since, CultureInfo.InvariantCulture) <= closed)
            {
                continue;
            }

            added += Upsert(finding);
        }

        if (added > 0 && state.State.Stage is CaseStage.None or CaseStage.Closed)
        {
            OpenCase(now, findings[0]);
        }

        await state.WriteStateAsync();
        await TryAnnounceAsync("findings", now);
    }

    public async Task<SptpdRecord> DeclareSptpdAsync(string period, decimal turnover, decimal tax, string enteredBy)
    {
        var profile = state.State.Profile ?? throw new ArgumentException($"Unknown taxpayer '{Npwpd}'.", "npwpd");
        if (!DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            throw new ArgumentException("A month as yyyy-MM.", nameof(period));
        }

        var now = time.GetUtcNow();
        if (clock.StartOfDay(month) > now)
        {
            throw new ArgumentException("A month that has started.", nameof(period));
        }

        if (turnover < 0 || tax < 0 || turnover > 1_000_000_000_000m || decimal.Round(turnover, 2) != turnover || decimal.Round(tax, 2) != tax)
        {
            throw new ArgumentException("Rupiah, not negative, at most two decimals.", turnover < 0 || decimal.Round(turnover, 2) != turnover ? "turnover" : "tax");
        }

        var recorded = await ledger.SumAsync(Npwpd, clock.StartOfDay(month), clock.StartOfDay(month.AddMonths(1)));
        var finding = TurnoverRules.UnderDeclared(Npwpd, period, turnover, tax, recorded.Turnover, recorded.Tax, now, options.Value);
        var record = new SptpdRecord(period, turnover, tax, recorded.Turnover, recorded.Tax, enteredBy, now, finding is not null);
        state.State.Sptpd[period] = record;
        state.State.Trail.Add(new CaseEntry(now, enteredBy, $"SPTPD {period}: omzet Rp {TurnoverRules.Rp(turnover)}, pajak Rp {TurnoverRules.Rp(tax)}", state.State.Stage));
        if (finding is not null && Upsert(finding with { Serial = profile.TerminalSerial }) > 0 && state.State.Stage is CaseStage.None or CaseStage.Closed)
        {
            OpenCase(now, finding);
        }

        await state.WriteStateAsync();
        await TryAnnounceAsync("sptpd", now);
        return record;
    }

    public Task<TaxpayerView?> GetViewAsync() => Task.FromResult(state.State.Profile is null ? null : View(time.GetUtcNow()));

    private int Upsert(TaxFinding finding)
    {
        finding = finding.ForStorage();
        var index = state.State.Findings.FindIndex(f => f.Id == finding.Id);
        if (index >= 0)
        {
            state.State.Findings[index] = finding;
            return 0;
        }

        state.State.Findings.Add(finding);
        if (state.State.Findings.Count > MaxFindings)
        {
            state.State.Findings.RemoveAt(0);
        }

        return 1;
    }

    private void OpenCase(DateTimeOffset now, TaxFinding first)
    {
        state.State.Stage = CaseStage.Open;
        state.State.OpenedAt = now;
        state.State.Deadline = null;
        state.State.Overdue = false;
        state.State.FieldChecked = false;
        state.State.LastLetterStage = CaseStage.None;
        state.State.Trail.Add(new CaseEntry(now, "sistem", "Kasus dibuka: " + first.Summary, CaseStage.Open));
    }

    private TaxpayerView View(DateTimeOffset now)
    {
        var s = state.State;
        var standing = s.Stage is CaseStage.None or CaseStage.Closed ? (s.Findings.Count > 0 ? TaxpayerStanding.Watched : TaxpayerStanding.Compliant) : TaxpayerStanding.InCase;
        return new TaxpayerView(s.Profile!, [.. s.Terminals.Order()], standing, AnomalyScore.Of(s.Findings, now, options.Value),
            [.. s.Findings.AsEnumerable().Reverse()], CaseView(), [.. s.Sptpd.Values.OrderByDescending(r => r.Period, StringComparer.Ordinal)]);
    }

    private CaseView CaseView()
    {
        var s = state.State;
        return new CaseView(s.Stage, s.OpenedAt, s.Deadline, s.Overdue, [.. s.Letters], [.. s.Trail.AsEnumerable().Reverse().Take(100)], s.ClosedConfirmedAt);
    }

    private async Task TryAnnounceAsync(string kind, DateTimeOffset now)
    {
        try
        {
            var view = View(now);
            // The register keeps the anomaly queue and puts the row on the live stream.
            await TaxRegisters.For(GrainFactory, view.Profile.KelurahanCode).ReportTaxpayerAsync(new TaxpayerChanged(
                Npwpd, view.Profile.Name, view.Profile.KelurahanCode, kind, Math.Round(view.Score, 2), view.Case.Stage, view.Case.Overdue,
                view.Findings.Length, view.Findings.OrderByDescending(f => f.Weight).FirstOrDefault()?.Summary, now));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Taxpayer {Npwpd}: reporting to the tax register failed", Npwpd);
        }
    }
}
