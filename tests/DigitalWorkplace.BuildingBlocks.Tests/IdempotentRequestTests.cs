using DigitalWorkplace.BuildingBlocks.Idempotency;

namespace DigitalWorkplace.BuildingBlocks.Tests;

public sealed class IdempotentRequestTests
{
    [Fact]
    public void Fingerprint_SameRequest_Same() =>
        Assert.Equal(IdempotentRequest.For("k", "a", "b").Fingerprint, IdempotentRequest.For("k", "a", "b").Fingerprint);

    [Theory]
    [InlineData("a", "bc", "ab", "c")]
    [InlineData("a", null, "a", "")]
    [InlineData("community-1", "Hello", "community-2", "Hello")]
    public void Fingerprint_OtherRequest_Differs(string? a1, string? b1, string? a2, string? b2) =>
        Assert.NotEqual(IdempotentRequest.For("k", a1, b1).Fingerprint, IdempotentRequest.For("k", a2, b2).Fingerprint);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankKey_MeansNoKey(string? key) => Assert.Null(IdempotentRequest.For(key, "x").Key);
}
