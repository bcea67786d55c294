namespace Goen.Cli.Tests;

public class SmokeTests
{
    [Fact]
    public void Suggest_Exists()
    {
        Assert.Equal("suggest", Goen.Cli.Commands.SuggestCommand.Create().Name);
    }
}
