namespace AmbonCC.Simulator.Complaints;

/// <summary>What citizens write about one category: complaints with a <c>{0}</c> for the place, and details to add.</summary>
internal sealed record CategoryTexts(string Code, double Weight, IReadOnlyList<string> Complaints, IReadOnlyList<string> Details);

/// <summary>
/// Everyday Indonesian complaint texts per category (the server's category codes, which are also the Open311
/// service codes), weighted roughly as a city's complaints are spread: garbage, roads and drains most often.
/// </summary>
internal static class ComplaintTexts
{
    public static readonly IReadOnlyList<CategoryTexts> All =
    [
        new("sampah", 5,
        [
            "Sampah di TPS {0} sudah tiga hari tidak diangkut, baunya sampai ke rumah warga.",
            "Tumpukan sampah di pinggir jalan {0} makin tinggi, banyak lalat dan anjing liar.",
            "Kontainer sampah di {0} penuh dan meluber ke jalan, mohon segera diangkut.",
            "Ada warga buang sampah ke kali di {0}, sampahnya menumpuk di bawah jembatan.",
        ],
        ["Truk sampah terakhir lewat hari Senin.", "Anak-anak main di dekat situ, takut sakit.", "Kalau hujan sampahnya hanyut ke got."]),
        new("jalan", 4,
        [
            "Jalan di {0} berlubang besar, sudah ada pengendara motor yang jatuh.",
            "Aspal di {0} terkelupas sepanjang kurang lebih 50 meter, kalau hujan jadi kubangan.",
            "Bahu jalan di {0} longsor, tinggal separuh badan jalan yang bisa dilewati.",
            "Trotoar di {0} rusak dan ubinnya lepas, bahaya untuk pejalan kaki.",
        ],
        ["Lubangnya kira-kira selebar satu meter.", "Malam hari tidak kelihatan karena gelap.", "Sudah pernah ditambal tapi rusak lagi."]),
        new("drainase", 4,
        [
            "Got di {0} tersumbat lumpur dan sampah, airnya meluap ke jalan.",
            "Saluran air di {0} tidak mengalir, airnya hitam dan berbau.",
            "Gorong-gorong di {0} tertutup material bangunan, air hujan tidak bisa lewat.",
            "Penutup saluran di {0} pecah dan berlubang, berbahaya untuk anak sekolah.",
        ],
        ["Sudah dua minggu seperti ini.", "Nyamuk makin banyak di sekitar rumah.", "Warga sudah coba bersihkan tapi tidak cukup."]),
        new("banjir", 3,
        [
            "Hujan sejak subuh, air sudah masuk rumah warga di {0} setinggi lutut.",
            "Genangan di {0} setinggi 30 cm, kendaraan kecil tidak bisa lewat.",
            "Kali di {0} meluap, air cokelat sudah sampai ke halaman rumah.",
            "Tiap hujan deras {0} selalu tergenang, mohon dicek saluran pembuangannya.",
        ],
        ["Ada lansia di rumah yang perlu dibantu.", "Airnya masih naik.", "Listrik di beberapa rumah sudah dimatikan."]),
        new("lalu-lintas", 2,
        [
            "Lampu lalu lintas di {0} mati sejak pagi, simpang jadi macet parah.",
            "Lampu jalan di {0} padam semua, jalan gelap total di malam hari.",
            "Rambu di {0} roboh ditabrak kendaraan dan belum diperbaiki.",
            "Angkot ngetem sembarangan di {0}, jalan jadi macet setiap sore.",
        ],
        ["Sudah ada yang hampir tabrakan.", "Mohon petugas Dishub turun mengatur.", "Sudah lebih dari seminggu."]),
        new("ketertiban", 1.5,
        [
            "Pedagang kaki lima menutup trotoar di {0}, pejalan kaki terpaksa turun ke jalan.",
            "Ada bangunan liar di bantaran kali {0} yang makin besar.",
            "Suara musik keras dari tempat hiburan di {0} sampai lewat tengah malam.",
        ],
        ["Sudah ditegur warga tapi tidak diindahkan.", "Terjadi hampir setiap malam."]),
        new("pasar", 1,
        [
            "Los pasar di dekat {0} becek dan atapnya bocor, pembeli enggan masuk.",
            "Harga minyak goreng di pasar dekat {0} naik tidak wajar minggu ini.",
        ],
        ["Pedagang juga mengeluh.", "Mohon ada pemantauan dari dinas."]),
        new("kesehatan", 1,
        [
            "Puskesmas di {0} tutup lebih awal, warga yang antre disuruh pulang.",
            "Banyak kasus demam berdarah di {0}, mohon dilakukan fogging.",
        ],
        ["Sudah tiga anak dirawat minggu ini.", "Antrean sejak jam tujuh pagi."]),
        new("kependudukan", 0.8,
        [
            "Pengurusan KTP-el saya di {0} sudah dua bulan belum selesai.",
            "Kartu keluarga baru belum bisa dicetak, kata petugas blangko habis. Saya tinggal di {0}.",
        ],
        ["Nomor antrean saya masih disimpan.", "Saya perlu untuk daftar sekolah anak."]),
        new("lainnya", 0.7,
        [
            "Pohon besar di {0} miring ke arah jalan dan kabel listrik, takut tumbang.",
            "Air PDAM di {0} tidak mengalir sudah empat hari.",
        ],
        ["Mohon segera ditindaklanjuti.", "Terima kasih atas perhatiannya."]),
    ];

    public static readonly IReadOnlyList<string> Greetings =
        ["Selamat pagi, saya mau melapor.", "Permisi, mau lapor kejadian di lingkungan kami.", "Halo admin, mohon bantuannya.", "Tabea, beta mau lapor."];

    public static readonly IReadOnlyList<string> Thanks =
        ["Terima kasih, kami tunggu tindak lanjutnya.", "Baik, terima kasih banyak.", "Danke, semoga cepat ditangani."];

    public static readonly IReadOnlyList<string> Names =
    [
        "Yohanes Latuconsina", "Maria Pattiasina", "Abdul Rahman Tuasikal", "Nona Sahetapy", "Rudi Wattimena",
        "Siti Ohorella", "Frans Leiwakabessy", "Ani Tuhumury", "Ikhsan Marasabessy", "Grace Matulessy", "Hasan Lestaluhu",
    ];

    public static readonly IReadOnlyList<string> Handles =
        ["nona_ambon", "beta.orang.ambon", "manise_city", "ale_rasa_beta", "pattimura_muda", "warga.passo", "kapal_lewat", "rumahtiga_info"];

    /// <summary>The website a chat is opened from: the city's, or the site of the OPD that usually handles the category.</summary>
    public static readonly IReadOnlyDictionary<string, string> OpdSites = new Dictionary<string, string>
    {
        ["sampah"] = "dlhp.ambon.go.id", ["jalan"] = "pupr.ambon.go.id", ["drainase"] = "pupr.ambon.go.id", ["banjir"] = "bpbd.ambon.go.id",
        ["lalu-lintas"] = "dishub.ambon.go.id", ["kesehatan"] = "dinkes.ambon.go.id", ["kependudukan"] = "disdukcapil.ambon.go.id",
    };

    public static readonly IReadOnlyList<string> CitySites = ["ambon.go.id", "lapor.ambon.go.id"];

    public static readonly IReadOnlyList<string> Networks = ["instagram", "facebook", "x", "tiktok"];
}
