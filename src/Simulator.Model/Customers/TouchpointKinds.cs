namespace Simulator.Model.Customers;

/// <summary>Facts about the touchpoint kinds.</summary>
public static class TouchpointKinds
{
    /// <summary>All kinds, in enum order.</summary>
    public static IReadOnlyList<TouchpointKind> All { get; } = Enum.GetValues<TouchpointKind>();

    /// <summary>Number of kinds.</summary>
    public static int Count => All.Count;

    /// <summary>Who creates a touchpoint of this kind.</summary>
    public static Initiator InitiatorOf(TouchpointKind kind) => kind switch
    {
        TouchpointKind.ProductUse or TouchpointKind.ServiceRequest or TouchpointKind.Complaint or TouchpointKind.PurchaseAndOnboarding => Initiator.Customer,
        _ => Initiator.Brand,
    };

    /// <summary>The snake_case name used in output files.</summary>
    public static string NameOf(TouchpointKind kind) => kind switch
    {
        TouchpointKind.MarketingContact => "marketing_contact",
        TouchpointKind.PurchaseAndOnboarding => "purchase_onboarding",
        TouchpointKind.ProductUse => "product_use",
        TouchpointKind.ServiceRequest => "service_request",
        TouchpointKind.Complaint => "complaint",
        TouchpointKind.Billing => "billing",
        TouchpointKind.FeedbackRequest => "feedback_request",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
