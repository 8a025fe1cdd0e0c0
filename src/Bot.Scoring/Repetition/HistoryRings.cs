namespace Bot.Scoring.Repetition;

/// <summary>The fixed-length history rings of a <see cref="UserTable"/>, stored in pages that are added as users arrive and never copied.</summary>
/// <remarks>
/// One flat array grown by half again copied every history on each growth and left the old array to the GC: most
/// of what a new detector allocated, and the copying and page faults cost more than the lookups. The first page
/// still grows by copying until it is a whole page, so a stripe with a handful of users stays small.
/// </remarks>
internal sealed class HistoryRings
{
    private const int RingsPerPage = 256;
    private const int InitialRings = 16;

    private readonly int _length;
    private readonly int _maxRings;
    private HistoryEntry[][] _pages;

    public HistoryRings(int length, int maxRings)
    {
        _length = length;
        _maxRings = maxRings;
        Capacity = Math.Min(InitialRings, maxRings);
        _pages = [new HistoryEntry[Capacity * length]];
    }

    /// <summary>Rings that exist; ring numbers below it are valid.</summary>
    public int Capacity { get; private set; }

    public Span<HistoryEntry> this[int ring] =>
        _pages[(uint)ring / RingsPerPage].AsSpan((int)((uint)ring % RingsPerPage) * _length, _length);

    /// <summary>Adds rings: the first page by half again, later ones a page at a time, never past the table's limit.</summary>
    public void Grow()
    {
        if (Capacity < RingsPerPage)
        {
            var rings = Math.Min(Math.Min(Capacity * 3 / 2, RingsPerPage), _maxRings);
            Array.Resize(ref _pages[0], rings * _length);
            Capacity = rings;
            return;
        }

        var added = Math.Min(RingsPerPage, _maxRings - Capacity);
        Array.Resize(ref _pages, _pages.Length + 1);
        _pages[^1] = new HistoryEntry[added * _length];
        Capacity += added;
    }
}
