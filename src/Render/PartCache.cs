using System.Collections.Concurrent;
using KhaSite.Write;

namespace KhaSite.Render;

/// <summary>
/// The parts of the output the previous build made (<see cref="KeptPart"/>: a key that hashes everything their bytes
/// depend on, and their files). A part whose key did not change is kept from the previous output instead of made
/// again; <see cref="Current"/> is what this build made or kept, for the next one.
/// </summary>
public sealed class PartCache(IReadOnlyDictionary<string, KeptPart>? previous)
{
    private readonly ConcurrentDictionary<string, KeptPart> _current = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, KeptPart> Current => _current.ToDictionary(StringComparer.Ordinal);

    /// <summary>Names of the parts kept this build.</summary>
    public ConcurrentBag<string> Kept { get; } = [];

    /// <summary>Keeps the part's files when the previous build made it with the same key; false when it must be made.</summary>
    public bool TryKeep(string name, string key, StagingFolder output)
    {
        if (previous?.GetValueOrDefault(name) is not { } part || part.Key != key || !part.Files.All(output.Has)) return false;
        foreach (var file in part.Files) output.Keep(file);
        _current[name] = part;
        Kept.Add(name);
        return true;
    }

    /// <summary>Remembers the files the part was made into, under its key.</summary>
    public void Made(string name, string key, IReadOnlyList<string> files) => _current[name] = new KeptPart(key, files);
}
