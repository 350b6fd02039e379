using System.Collections.Concurrent;
using AmbonCC.IntegrationTests.Web;
using AmbonCC.RiverGauges;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;

namespace AmbonCC.IntegrationTests.Warnings;

/// <summary>
/// A command center whose grain calls time out after 5 s instead of 30 (a call chain that waits on itself fails
/// fast), with a seam that makes a gauge's reactions fail on demand.
/// </summary>
public sealed class RiverFlowFixture : WebAppFixture
{
    public ReactionFaults Faults { get; } = new();

    protected override void Configure(IWebHostBuilder builder) =>
        builder.ConfigureTestServices(services =>
        {
            services.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(5));
            services.AddSingleton<IGaugeReactionFaults>(Faults);
        });

    /// <summary>Fails the next N reactions of a gauge; counts every attempt.</summary>
    public sealed class ReactionFaults : IGaugeReactionFaults
    {
        private readonly ConcurrentDictionary<string, int> failuresLeft = new();
        private readonly ConcurrentDictionary<string, int> attempts = new();
        private readonly ConcurrentDictionary<string, ConcurrentQueue<Exception>> failures = new();

        public void FailNext(string gaugeCode, int times) => failuresLeft[gaugeCode] = times;

        public int Attempts(string gaugeCode) => attempts.GetValueOrDefault(gaugeCode);

        /// <summary>Every reaction failure of a gauge (a call chain waiting on itself shows up here as a timeout).</summary>
        public IReadOnlyCollection<Exception> Failures(string gaugeCode) => failures.GetValueOrDefault(gaugeCode)?.ToArray() ?? [];

        public void OnReactionFailed(string gaugeCode, Exception error) => failures.GetOrAdd(gaugeCode, _ => new()).Enqueue(error);

        public Task BeforeReactionAsync(string gaugeCode)
        {
            attempts.AddOrUpdate(gaugeCode, 1, (_, n) => n + 1);
            if (failuresLeft.TryGetValue(gaugeCode, out var left) && left > 0)
            {
                failuresLeft[gaugeCode] = left - 1;
                throw new InvalidOperationException("Test fault: the reaction fails.");
            }

            return Task.CompletedTask;
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RiverFlowCollection : ICollectionFixture<RiverFlowFixture>
{
    public const string Name = "river-flow";
}
