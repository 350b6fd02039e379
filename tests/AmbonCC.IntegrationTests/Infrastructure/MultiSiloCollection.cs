namespace AmbonCC.IntegrationTests.Infrastructure;

/// <summary>
/// Tests that form a cluster of several silos and kill one of them. They run one at a time and not beside
/// the other test classes: failure detection works on wall-clock probes, and a machine busy with every other
/// class would turn a slow answer into a missed probe.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MultiSiloCollection
{
    public const string Name = "multi-silo";
}
