namespace Bot.Scoring.Tests.Repetition;

/// <summary>Unrelated sentences for tests that need distinct texts, from a fixed seed.</summary>
internal static class Texts
{
    private static readonly string[] Words =
    [
        "troops", "border", "winter", "market", "election", "harbour", "satellite", "treaty", "farmers", "river",
        "budget", "minister", "protest", "vaccine", "stadium", "pipeline", "drought", "bridge", "court", "senate",
        "festival", "railway", "tariff", "glacier", "museum", "refinery", "orchard", "telescope", "volcano", "library",
        "ceasefire", "uranium", "currency", "wildfire", "monsoon", "airport", "shipyard", "parliament", "vineyard", "coastline",
        "hospital", "inflation", "migration", "regime", "embassy", "sanctions", "missile", "newspaper", "villagers", "diplomat",
        "factory", "highway", "lottery", "asteroid", "quarantine", "referendum", "judge", "strike", "teachers", "blizzard",
        "copper", "salmon", "tornado", "scandal", "pension", "mayor", "frontier", "reactor", "canal", "cathedral",
        "battalion", "census", "dockers", "emperor", "forecast", "gallery", "hurricane", "island", "jungle", "kingdom",
        "lagoon", "meadow", "nursery", "observatory", "plateau", "quarry", "rainforest", "submarine", "tunnel", "upland",
        "volunteer", "warehouse", "yacht", "zoning", "archive", "ballot", "cabinet", "dialect", "envoy", "fishermen",
    ];

    public const string Seed = "Sending North Korean troops to Russia is a slap in the face to all those fighting for Ukraine's freedom.";

    /// <summary>A sentence of ten random words from a hundred; different indices give unrelated sentences.</summary>
    public static string Distinct(int index)
    {
        var random = new Random(index * 7919 + 17);
        var picked = new string[10];
        for (var i = 0; i < picked.Length; i++)
        {
            picked[i] = Words[random.Next(Words.Length)];
        }

        return string.Join(' ', picked);
    }
}
