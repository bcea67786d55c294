using System.Text;
using Goen.Core.Calendar;

namespace Goen.Core.Tests.Calendar;

public class ContentLinesTests
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Refold_EmojiAcrossTheFoldPoint_StaysOnOneLine(int shift)
    {
        var line = "DESCRIPTION:" + new string('x', 60 + shift) + string.Concat(Enumerable.Repeat("😀", 30));

        var folded = ContentLines.Refold(line + "\r\n");

        var physical = folded.Split("\r\n")[..^1];
        Assert.All(physical, l => Assert.InRange(StrictUtf8.GetByteCount(l), 1, 75));
        Assert.Equal(line, folded.Replace("\r\n ", "", StringComparison.Ordinal).TrimEnd('\r', '\n'));
    }

    [Fact]
    public void Refold_FoldedInput_IsUnfoldedFirst()
    {
        var folded = ContentLines.Refold("SUMMARY:ab\r\n cd\r\nUID:1\r\n");

        Assert.Equal("SUMMARY:abcd\r\nUID:1\r\n", folded);
    }

    [Fact]
    public void Refold_ThreeByteCharacters_FillLinesToSeventyFiveOctets()
    {
        var line = "DESCRIPTION:" + new string('あ', 40);

        var folded = ContentLines.Refold(line);

        Assert.Equal("DESCRIPTION:" + new string('あ', 21) + "\r\n " + new string('あ', 19) + "\r\n", folded);
    }
}
