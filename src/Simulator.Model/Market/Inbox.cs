namespace Simulator.Model.Market;

/// <summary>
/// Word of mouth waiting for a contiguous range of customers, sorted by recipient then sender, so
/// each customer hears its messages in the same order whatever engine delivered them.
/// </summary>
public sealed class Inbox
{
    private readonly WordOfMouth[] _messages;
    private readonly int[] _offsets;
    private readonly int _first;

    /// <summary>An inbox for customers [<paramref name="first"/>, first + count) from messages in any order.</summary>
    public Inbox(int first, int count, IEnumerable<WordOfMouth> messages)
    {
        _first = first;
        _messages = messages.Where(m => m.Recipient >= first && m.Recipient < first + count).ToArray();
        Array.Sort(_messages);
        _offsets = new int[count + 1];
        foreach (var message in _messages)
        {
            _offsets[message.Recipient - first + 1]++;
        }

        for (var i = 0; i < count; i++)
        {
            _offsets[i + 1] += _offsets[i];
        }
    }

    /// <summary>An inbox with no messages.</summary>
    public static Inbox Empty(int first, int count) => new(first, count, []);

    /// <summary>Number of messages held.</summary>
    public int Count => _messages.Length;

    /// <summary>The messages for <paramref name="customer"/>, in sender order.</summary>
    public ReadOnlySpan<WordOfMouth> For(int customer)
    {
        var i = customer - _first;
        return _messages.AsSpan(_offsets[i], _offsets[i + 1] - _offsets[i]);
    }
}
