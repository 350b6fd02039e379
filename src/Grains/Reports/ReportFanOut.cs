namespace AmbonCC.Reports;

/// <summary>Calls many grains with a bounded number in flight, so a city of thousands of devices does not flood the silo.</summary>
internal static class ReportFanOut
{
    public const int Width = 64;

    public static async Task<List<TResult>> MapAsync<TKey, TResult>(IReadOnlyList<TKey> keys, Func<TKey, Task<TResult?>> call)
        where TResult : class
    {
        var results = new List<TResult>(keys.Count);
        for (var i = 0; i < keys.Count; i += Width)
        {
            var batch = await Task.WhenAll(keys.Skip(i).Take(Width).Select(call));
            results.AddRange(batch.OfType<TResult>());
        }

        return results;
    }
}
