using DigitalWorkplace.BuildingBlocks.Results;

namespace DigitalWorkplace.BuildingBlocks.Tests;

public sealed class ValidatorTests
{
    // A Fact, not a Theory: theory data is serialised, which would repair the broken surrogates before the test sees them.
    [Fact]
    public void Text_ThatNoDatabaseShouldStore_IsInvalidCharacters()
    {
        foreach (var value in new[] { "hello\0world", "broken \uD800 pair", "reversed \uDC00\uD800", "ends high \uD83D" })
        {
            var validator = new Validator().Required("markdown", value, 100);

            Assert.Equal(FieldCodes.InvalidCharacters, Assert.Single(validator.ToError().Fields!["markdown"]).Code);
        }
    }

    [Fact]
    public void Text_WithEmojiAndAccents_IsValid() =>
        Assert.True(new Validator().Required("markdown", "Café ☕ 👍🏽 — merci", 100).IsValid);

    [Fact]
    public void TooLong_CarriesItsLimitAsArgument()
    {
        var error = Assert.Single(new Validator().MaxLength("name", new string('x', 11), 10).ToError().Fields!["name"]);

        Assert.Equal(FieldCodes.TooLong, error.Code);
        Assert.Equal(10, error.Arguments!["max"]);
    }
}
