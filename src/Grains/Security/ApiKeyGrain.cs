using System.Security.Cryptography;
using System.Text;
using AmbonCC.Audit;
using AmbonCC.Platform;
using Orleans.Streams;

namespace AmbonCC.Security;

[GenerateSerializer, Alias("AmbonCC.Security.ApiKeyState")]
internal sealed class ApiKeyState
{
    [Id(0)] public ApiKeyPrincipal? Principal { get; set; }
    [Id(1)] public string SecretSha256 { get; set; } = "";
    [Id(2)] public string IssuedBy { get; set; } = "";
    [Id(3)] public DateTimeOffset? RevokedAt { get; set; }
    [Id(4)] public string? RevokedBy { get; set; }
}

internal sealed class ApiKeyGrain(
    [PersistentState("apikey", ProviderNames.GrainStorage)] IPersistentState<ApiKeyState> state,
    TimeProvider time) : Grain, IApiKeyGrain, IAuditedGrain
{
    public async Task<ApiKeyPrincipal> IssueAsync(string secretSha256, string subject, string scope, string issuedBy)
    {
        if (!ApiScopes.All.Contains(scope))
        {
            throw new ArgumentException($"Scope: one of {string.Join(", ", ApiScopes.All)}.", nameof(scope));
        }

        ApiKeySubjects.Parse(subject);
        TextLimits.Require(issuedBy, TextLimits.Name, nameof(issuedBy));

        if (state.State.Principal is { } existing)
        {
            // A retried issue of the same key is harmless (and registers it, should the first try have stopped
            // before that); anything else would rebind a live key.
            if (existing.Subject != subject || existing.Scope != scope || state.State.SecretSha256 != secretSha256)
            {
                throw new InvalidOperationException("API key id already in use.");
            }

            await ApiKeyRegistry.For(GrainFactory, this.GetPrimaryKeyString()).AddAsync(this.GetPrimaryKeyString());
            return existing;
        }

        state.State.Principal = new ApiKeyPrincipal(this.GetPrimaryKeyString(), subject, scope, time.GetUtcNow());
        state.State.SecretSha256 = secretSha256;
        state.State.IssuedBy = issuedBy;
        await state.WriteStateAsync();
        // Registered after the key is stored: until then the web layer refuses the id without waking this grain.
        await ApiKeyRegistry.For(GrainFactory, this.GetPrimaryKeyString()).AddAsync(this.GetPrimaryKeyString());
        return state.State.Principal;
    }

    public Task<ApiKeyPrincipal?> VerifyAsync(string secretSha256)
    {
        var ok = state.State.Principal is not null
            && state.State.RevokedAt is null
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(state.State.SecretSha256), Encoding.ASCII.GetBytes(secretSha256 ?? ""));
        return Task.FromResult(ok ? state.State.Principal : null);
    }

    public async Task RevokeAsync(string revokedBy)
    {
        if (state.State.Principal is null || state.State.RevokedAt is not null)
        {
            return;
        }

        state.State.RevokedAt = time.GetUtcNow();
        state.State.RevokedBy = revokedBy;
        await state.WriteStateAsync();
        // Every web node drops its cached verification of this key now instead of after the cache's lifetime.
        // A lost event (a silo dying meanwhile) leaves that lifetime as the bound.
        await this.GetStreamProvider(ProviderNames.LiveStreams)
            .GetStream<ApiKeyRevoked>(StreamId.Create(ApiKeyStreams.Namespace, ApiKeyStreams.Revocations))
            .OnNextAsync(new ApiKeyRevoked(this.GetPrimaryKeyString(), state.State.RevokedAt.Value));
    }

    public Task<ApiKeyInfo?> GetInfoAsync() => Task.FromResult(state.State.Principal is { } p
        ? new ApiKeyInfo(p, state.State.IssuedBy, state.State.RevokedAt, state.State.RevokedBy)
        : null);

    public string? AuditSummary() => state.State.Principal is { } p
        ? $"{p.Subject} {p.Scope}{(state.State.RevokedAt is null ? "" : " revoked")}"
        : null;
}
