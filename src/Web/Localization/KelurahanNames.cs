using AmbonCC.City;
using AmbonCC.Platform;

namespace AmbonCC.Web.Localization;

/// <summary>
/// Kelurahan names by code, for stored texts that keep the code (a citizen report's incident title), so that readers
/// see "Batu Merah", not "81.71.01.1006". Loaded from the city directory on first use and again at most every
/// <see cref="Refresh"/>; until the first load answers, a code reads as itself.
/// </summary>
public sealed class KelurahanNames(IGrainFactory grains, TimeProvider time, ILogger<KelurahanNames> logger)
{
    public static readonly TimeSpan Refresh = TimeSpan.FromMinutes(10);
    private IReadOnlyDictionary<string, string> names = new Dictionary<string, string>(StringComparer.Ordinal);
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;
    private int loading;

    /// <summary>The kelurahan's name, or the code itself when it is not (yet) known.</summary>
    public string Of(string code)
    {
        if (time.GetUtcNow() - loadedAt >= Refresh && Interlocked.Exchange(ref loading, 1) == 0)
        {
            _ = LoadAsync();
        }

        return names.TryGetValue(code, out var name) ? name : code;
    }

    /// <summary>Takes the directory's kelurahan as the names to use from now on.</summary>
    public void Remember(IEnumerable<Kelurahan> kelurahan)
    {
        names = kelurahan.ToDictionary(k => k.Code, k => k.Name, StringComparer.Ordinal);
        loadedAt = time.GetUtcNow();
    }

    private async Task LoadAsync()
    {
        try
        {
            var kelurahan = await grains.GetGrain<ICityDirectoryGrain>(CityKeys.City).GetKelurahanAsync();
            if (!kelurahan.IsDefaultOrEmpty)
            {
                Remember(kelurahan);
            }
        }
        catch (Exception ex)
        {
            // A silo still starting or moving the directory: the next reader asks again.
            logger.LogDebug(ex, "Kelurahan names not loaded yet");
        }
        finally
        {
            Volatile.Write(ref loading, 0);
        }
    }
}
