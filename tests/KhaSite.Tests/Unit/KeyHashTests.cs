using System.Security.Cryptography;
using System.Text;
using KhaSite.Model;

namespace KhaSite.Tests.Unit;

/// <summary><see cref="KeyHash"/>: the SHA-256 of its texts, each ended by a NUL, however they fill its buffer (4,096
/// bytes hold them all: hashed at once, without an incremental hash).</summary>
public sealed class KeyHashTests
{
    [Theory]
    [InlineData(16)]
    [InlineData(1024)]
    [InlineData(4096)]
    public void The_key_is_the_hash_of_the_texts_each_ended_by_a_nul(int bufferSize)
    {
        string[] texts = ["Қазақстан", "", new string('ә', 700), "a", "bc"];
        var hash = new KeyHash(bufferSize);
        foreach (var text in texts) hash.Add(text);
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(texts.Select(t => t + "\0"))));
        Assert.Equal(Convert.ToHexStringLower(expected), hash.Hex());
    }

    [Fact]
    public void Texts_that_run_together_differently_hash_differently()
    {
        var one = new KeyHash();
        one.Add("ab", "c");
        var two = new KeyHash();
        two.Add("a", "bc");
        Assert.NotEqual(one.Hex(), two.Hex());
    }

    [Theory]
    [InlineData(16)]
    [InlineData(4096)]
    public void A_digest_is_the_hash_so_far_and_the_hash_starts_again_empty(int bufferSize)
    {
        string[] texts = ["Ассамблея", new string('ғ', 300), "x"];
        var expected = SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(texts.Select(t => t + "\0"))));
        var hash = new KeyHash(bufferSize);
        var first = new byte[KeyHash.DigestLength];
        var second = new byte[KeyHash.DigestLength];
        hash.Add(texts);
        hash.Digest(first);
        hash.Add(texts);
        hash.Digest(second);
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(4096)]
    public void Bytes_are_added_as_they_are_without_an_ending_nul(int bufferSize)
    {
        var bytes = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray();
        var hash = new KeyHash(bufferSize);
        hash.Add("a");
        hash.Add(bytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([(byte)'a', 0, .. bytes])), hash.Hex());
    }
}
