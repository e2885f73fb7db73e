using Simulator.Cli.Terminal;
using Xunit;

namespace Simulator.Cli.Tests;

public class ShellQuoteTests
{
    [Theory]
    [InlineData("baseline", "baseline")]
    [InlineData("results/sweeps/baseline/20261202-0105-s42", "results/sweeps/baseline/20261202-0105-s42")]
    [InlineData("policy.serviceEffort=0.2", "policy.serviceEffort=0.2")]
    [InlineData("model.inertia,segments.mainstream.meanNeedWeeks", "model.inertia,segments.mainstream.meanNeedWeeks")]
    [InlineData("segments.*.meanNeedWeeks", "'segments.*.meanNeedWeeks'")]
    [InlineData("my results/run 1", "'my results/run 1'")]
    [InlineData("it's", "'it'\\''s'")]
    [InlineData("a\"b", "'a\"b'")]
    [InlineData("$HOME", "'$HOME'")]
    [InlineData("", "''")]
    public void Words_the_shell_would_split_glob_or_expand_are_single_quoted(string word, string expected) =>
        Assert.Equal(expected, ShellQuote.Word(word));

    [Fact]
    public void A_quoted_command_reads_back_as_the_same_words_in_a_posix_shell()
    {
        string[] words = ["cxsim", "calibrate", "baseline", "--fit", "segments.*.meanNeedWeeks", "--out", "my results", "--set", "it's=1"];

        var command = ShellQuote.Command(words);

        Assert.Equal("cxsim calibrate baseline --fit 'segments.*.meanNeedWeeks' --out 'my results' --set 'it'\\''s=1'", command);
    }
}
