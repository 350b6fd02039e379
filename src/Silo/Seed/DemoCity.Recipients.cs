using System.Collections.Immutable;
using AmbonCC.City;

namespace AmbonCC.Silo.Seed;

internal sealed partial class DemoCity
{
    private const int BpbdOfficerCount = 6;

    /// <summary>
    /// BPBD duty officers posted where the gauges are, and along each gauged river 2–4 RT heads per kelurahan
    /// plus the kelurahan's head (lurah, kepala desa or raja), the people BPBD forwards a warning to.
    /// </summary>
    private static ImmutableArray<Recipient> BuildRecipients(SeedContext city, ImmutableArray<GaugeProfile> gauges)
    {
        var random = new Random(1120);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var recipients = new List<Recipient>();

        var posts = gauges.Select(g => g.KelurahanCode).Distinct().Take(BpbdOfficerCount).ToList();
        for (var i = 0; i < BpbdOfficerCount; i++)
        {
            var post = city.KelurahanByCode[posts[i % posts.Count]];
            recipients.Add(new Recipient(
                $"BPBD-{i + 1:00}", DemoNames.Person(random), $"Petugas Piket BPBD Pos {post.Name}",
                RecipientRole.BpbdOfficer, post.Code, null, null, null, Channels(random, numbers)));
        }

        var nextRt = new Dictionary<string, int>(StringComparer.Ordinal);
        var heads = new List<Kelurahan>();
        foreach (var riverName in GaugedRivers)
        {
            var river = city.MainRivers.First(r => r.Name == riverName);
            foreach (var code in city.RiverPath(river))
            {
                var kelurahan = city.KelurahanByCode[code];
                if (!nextRt.ContainsKey(code))
                {
                    heads.Add(kelurahan);
                    nextRt[code] = 1;
                }

                // RTs are numbered within the kelurahan; a kelurahan on two rivers gets distinct RTs per river.
                var rw = random.Next(1, 8);
                for (var n = random.Next(2, 5); n > 0; n--)
                {
                    var rt = nextRt[code]++;
                    recipients.Add(new Recipient(
                        $"{code}-RW{rw:00}-RT{rt:000}", DemoNames.Person(random), $"Ketua RT {rt:000}/RW {rw:00} {kelurahan.Name}",
                        RecipientRole.RtHead, code, rt, rw, riverName, Channels(random, numbers)));
                }
            }
        }

        foreach (var kelurahan in heads)
        {
            var title = kelurahan.Kind == KelurahanKind.Negeri ? $"Raja Negeri {kelurahan.Name}" : $"{kelurahan.HeadTitle} {kelurahan.Name}";
            recipients.Add(new Recipient(
                $"{kelurahan.Code}-KEPALA", DemoNames.Person(random), title,
                RecipientRole.Lurah, kelurahan.Code, null, null, null, Channels(random, numbers)));
        }

        return [.. recipients];
    }

    /// <summary>
    /// Everyone has WhatsApp; SMS goes to the same number except for some with a second SIM; about half
    /// also use Telegram. Numbers are unique so that a delivery report maps back to one person.
    /// </summary>
    private static RecipientChannels Channels(Random random, HashSet<string> taken)
    {
        string Fresh()
        {
            string number;
            do
            {
                number = DemoNames.MobileNumber(random);
            }
            while (!taken.Add(number));
            return number;
        }

        var whatsApp = Fresh();
        var sms = random.Next(5) == 0 ? Fresh() : whatsApp;
        var telegram = random.Next(2) == 0 ? whatsApp : null;
        return new RecipientChannels(whatsApp, sms, telegram);
    }
}
