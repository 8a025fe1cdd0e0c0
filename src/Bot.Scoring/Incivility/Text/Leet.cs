namespace Bot.Scoring.Incivility.Text;

/// <summary>Leetspeak digits and symbols read as the letters they stand for; '*' stays a wildcard.</summary>
internal static class Leet
{
    public static char ToLetter(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '9' => 'g',
        '$' => 's',
        '@' => 'a',
        '!' => 'i',
        '|' => 'i',
        '+' => 't',
        _ => c,
    };
}
