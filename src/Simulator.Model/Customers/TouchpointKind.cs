namespace Simulator.Model.Customers;

/// <summary>The kinds of interaction along the customer journey.</summary>
public enum TouchpointKind : byte
{
    /// <summary>A brand-initiated marketing message to a customer.</summary>
    MarketingContact,
    /// <summary>Buying and the first steps with the brand.</summary>
    PurchaseAndOnboarding,
    /// <summary>A week of using the product, with or without a problem.</summary>
    ProductUse,
    /// <summary>A customer-initiated contact with service about a problem.</summary>
    ServiceRequest,
    /// <summary>A formal complaint.</summary>
    Complaint,
    /// <summary>A bill.</summary>
    Billing,
    /// <summary>The brand asking for feedback, and what it does with the answer.</summary>
    FeedbackRequest,
}
