using AmbonCC.City;
using AmbonCC.Silo.Seed;
using AmbonCC.Warnings;

namespace AmbonCC.Silo.Warnings;

/// <summary>The demo city's warning recipients, one list per kelurahan, then the list index.</summary>
internal sealed class RecipientDemoSeed : IDemoSeedPart
{
    public string Name => "warning recipients";

    public async Task<DemoSeedPartResult> LoadAsync(DemoCity city, DemoSeedRun run, CancellationToken cancellationToken)
    {
        // Recipients of one kelurahan share a grain: register them in sequence per list, lists in parallel.
        var lists = city.Recipients.GroupBy(r => r.KelurahanCode, StringComparer.Ordinal).ToList();
        var perList = await run.ForEachAsync(lists, async group =>
        {
            var list = run.Grains.GetGrain<IRecipientListGrain>(group.Key);
            var changed = 0;
            foreach (var recipient in group)
            {
                changed += await list.RegisterAsync(recipient) ? 1 : 0;
            }

            return changed;
        }, cancellationToken);
        var added = await run.Directory.AddToIndexAsync(CityIndexKind.RecipientList, [.. lists.Select(l => l.Key)]);
        return new DemoSeedPartResult(perList.Sum(), city.Recipients.Length, added);
    }
}
