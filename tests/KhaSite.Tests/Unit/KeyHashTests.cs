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
}
