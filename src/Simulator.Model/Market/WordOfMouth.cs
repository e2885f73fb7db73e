namespace Simulator.Model.Market;

/// <summary>One word-of-mouth message: sent in week t, delivered in week t + 1, in order of sender.</summary>
/// <param name="Sender">Id of the customer who talks.</param>
/// <param name="Recipient">Id of the peer who hears.</param>
/// <param name="Brand">Index of the brand talked about.</param>
/// <param name="Positive">True for a recommendation, false for a warning.</param>
public readonly record struct WordOfMouth(int Sender, int Recipient, byte Brand, bool Positive) : IComparable<WordOfMouth>
{
    /// <summary>Delivery order: by recipient, then sender, then brand, warnings before recommendations.</summary>
    public int CompareTo(WordOfMouth other)
    {
        var c = Recipient.CompareTo(other.Recipient);
        if (c != 0)
        {
            return c;
        }

        c = Sender.CompareTo(other.Sender);
        if (c != 0)
        {
            return c;
        }

        c = Brand.CompareTo(other.Brand);
        return c != 0 ? c : Positive.CompareTo(other.Positive);
    }
}
