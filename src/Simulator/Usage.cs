namespace AmbonCC.Simulator;

internal static class Usage
{
    public const string Text = """
        AmbonCC simulator: river-gauge data loggers and the WhatsApp/SMS gateway, over the real HTTP API.

        usage: AmbonCC.Simulator [options]                 the demo city (gauges + gateway)
               AmbonCC.Simulator --load [--gauges 200] [--rate 1000] [--connections 64] [--batch 1] [--duration S]
               AmbonCC.Simulator --list-gauges [--api-key KEY]   print the server's gauge codes

          --base-url URL       the web app (default http://127.0.0.1:5080)
          --keys PATH          key file {"gateway": "acc_..", "gauges": {"CODE": "acc_.."}} (default data/simulator-keys.json)
          --state-dir DIR      where per-gauge sequence numbers persist (default data/simulator)
          --gauges A,B         gauges to play (default: every non-BENCH gauge in the key file); with --load a count
          --speed X            simulated time runs X times faster (default 1)
          --interval S         simulated seconds between readings (default 60)
          --scenario NAME      baseline | flash-flood (default baseline)
          --flood-gauge CODE   the gauge the flood hits (default PDA-BATUMERAH-1)
          --flood-at MIN       flash-flood: rain starts MIN simulated minutes after start (default 2)
          --flood-every MIN    repeat the flood every MIN simulated minutes (default 0: never / once)
          --flood-pace X       play the flood itself X times faster (default 1; run.sh uses 10: Siaga 3 in ~2.5 min)
          --webhook URL        gateway webhook to listen on (default http://127.0.0.1:5090/gateway/messages)
          --webhook-port N     override just the port
          --ack-share X        share of recipients who acknowledge, 0..1 (default 0.8)
          --fail-share X       share of messages the network fails to deliver, 0..1 (default 0.02)
          --buffer N           readings a logger keeps while the server is unreachable (default 10000)
          --no-gauges, --no-gateway, --no-cameras   leave a side out
          --camera-interval S  seconds between a camera's heartbeats and pictures (default 30; needs the key file's "vms" key)
          --no-terminals       do not play the restaurant terminals (key file "terminals": serial → key; "revenue": the BPPRD key)
          --no-cheats          every terminal honest (default: one switched off while open, one skipping receipt numbers,
                               one with heavy voids, one with an under-declared SPTPD)
          --terminal-interval S  seconds between a terminal's batches or heartbeats (default 60)
          --freeze-camera CODE the camera whose picture freezes (default: the first river camera)
          --drop-camera CODE   the camera that drops off after 90 s (default: the last road camera)
          --camera-viewer-port N  the VMS's MJPEG live view, GET /api/{code} (default 5091)
          --no-complaints      send no citizen complaints (default: chat, Open311 with the key file's "open311" key,
                               social media with its "social" key, else "gateway")
          --complaint-every S  seconds between new complaints, ±30 % (default 90)
          --public-per-minute N  public intake requests (chat, Open311) per minute, under the server's
                               AmbonCC:Complaints:PublicIntakePerMinute (default 8; the server's default is 10)
          --time-zone ID       the city's time zone (default AmbonCC__TimeZone, else Asia/Jayapura)
          --seed N             random seed for reproducible runs

        Every option can also come from the environment: --base-url as AMBONCC_SIM_BASE_URL, and so on.
        """;
}
