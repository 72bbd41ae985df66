using KhaSite.Load;

namespace KhaSite.Model.Citations;

/// <summary>All sources by id (the first of duplicate ids wins; the check reports the rest).</summary>
public sealed class Bibliography
{
    public Bibliography(IReadOnlyList<SourceRecord> records)
    {
        foreach (var record in records)
        {
            if (Entries.ContainsKey(record.Id.Value)) Duplicates.Add(record);
            else Entries.Add(record.Id.Value, new SourceEntry(record));
        }
    }

    public SortedDictionary<string, SourceEntry> Entries { get; } = new(StringComparer.Ordinal);

    public List<SourceRecord> Duplicates { get; } = [];

    public SourceEntry? Find(string key) => Entries.GetValueOrDefault(key);
}
