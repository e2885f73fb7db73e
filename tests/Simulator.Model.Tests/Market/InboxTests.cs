using Simulator.Model.Market;
using Xunit;

namespace Simulator.Model.Tests.Market;

public class InboxTests
{
    [Fact]
    public void Messages_reach_their_recipient_in_sender_order_whatever_order_they_were_sent_in()
    {
        WordOfMouth[] sent =
        [
            new(Sender: 9, Recipient: 3, Brand: 0, Positive: true),
            new(Sender: 2, Recipient: 3, Brand: 1, Positive: false),
            new(Sender: 5, Recipient: 4, Brand: 0, Positive: true),
            new(Sender: 1, Recipient: 20, Brand: 0, Positive: true),
            new(Sender: 4, Recipient: 3, Brand: 0, Positive: true),
        ];
        var forward = new Inbox(first: 2, count: 5, sent);
        var backward = new Inbox(first: 2, count: 5, sent.Reverse());

        Assert.Equal([2, 4, 9], forward.For(3).ToArray().Select(m => m.Sender));
        Assert.Equal(forward.For(3).ToArray(), backward.For(3).ToArray());
        Assert.Single(forward.For(4).ToArray());
        Assert.Empty(forward.For(2).ToArray());
        Assert.Equal(4, forward.Count); // recipient 20 is outside the range
    }
}
