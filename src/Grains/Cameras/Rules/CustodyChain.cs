using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AmbonCC.Cameras;

/// <summary>The custody log's hash chain: append and verify.</summary>
public static class CustodyChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static CustodyEntry Append(IReadOnlyList<CustodyEntry> log, DateTimeOffset at, string actor, string action, string details)
    {
        var previous = log.Count == 0 ? Genesis : log[^1].Hash;
        var seq = log.Count + 1;
        return new CustodyEntry(seq, at, actor, action, details, previous, HashOf(seq, at, actor, action, details, previous));
    }

    /// <summary>The first entry that does not follow from its predecessor (changed, removed, reordered), or null.</summary>
    public static int? FirstBroken(IReadOnlyList<CustodyEntry> log)
    {
        var previous = Genesis;
        for (var i = 0; i < log.Count; i++)
        {
            var e = log[i];
            if (e.Seq != i + 1 || e.PreviousHash != previous || e.Hash != HashOf(e.Seq, e.At, e.Actor, e.Action, e.Details, e.PreviousHash))
            {
                return i + 1;
            }

            previous = e.Hash;
        }

        return null;
    }

    // Length-prefixed fields: no value can be shifted into its neighbour to produce the same text.
    private static string HashOf(int seq, DateTimeOffset at, string actor, string action, string details, string previous)
    {
        var text = new StringBuilder();
        foreach (var field in new[] { seq.ToString(CultureInfo.InvariantCulture), at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), actor, action, details, previous })
        {
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
