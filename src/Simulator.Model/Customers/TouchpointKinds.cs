namespace Simulator.Model.Customers;

/// <summary>
/// The touchpoint kinds, declared once: name, initiator, whether they adapt expectation and how a story
/// tells them. Output files, charts, explanations and the perception rule all read them from here; adding
/// a kind is a line in <see cref="TouchpointKind"/>, a line here, and the rule that creates it.
/// </summary>
public static class TouchpointKinds
{
    /// <summary>Every kind, in enum order.</summary>
    public static IReadOnlyList<TouchpointKindSpec> Specs { get; } =
    [
        new(TouchpointKind.MarketingContact, "marketing_contact", Initiator.Brand, AdaptsExpectation: false, "Marketing contact",
            "A brand-initiated marketing message to a customer, tailored or not."),
        new(TouchpointKind.PurchaseAndOnboarding, "purchase_onboarding", Initiator.Customer, AdaptsExpectation: false, "Purchase and onboarding",
            "Buying and the first steps with the brand."),
        new(TouchpointKind.ProductUse, "product_use", Initiator.Customer, AdaptsExpectation: true, "Product use",
            "A week of using the product, with or without a problem."),
        new(TouchpointKind.ServiceRequest, "service_request", Initiator.Customer, AdaptsExpectation: true, "Service request",
            "A customer-initiated contact with service about a problem."),
        new(TouchpointKind.Complaint, "complaint", Initiator.Customer, AdaptsExpectation: true, "Complaint handling",
            "A formal complaint and how the brand handles it."),
        new(TouchpointKind.Billing, "billing", Initiator.Brand, AdaptsExpectation: false, "Bill",
            "A bill, with or without a surprise."),
        new(TouchpointKind.FeedbackRequest, "feedback_request", Initiator.Brand, AdaptsExpectation: false, "Feedback request",
            "The brand asking for feedback, and what it does with the answer."),
    ];

    /// <summary>All kinds, in enum order.</summary>
    public static IReadOnlyList<TouchpointKind> All { get; } = [.. Specs.Select(s => s.Kind)];

    /// <summary>Number of kinds.</summary>
    public static int Count => Specs.Count;

    /// <summary>The declaration of <paramref name="kind"/>.</summary>
    public static TouchpointKindSpec Of(TouchpointKind kind) => Specs[(int)kind];

    /// <summary>Who creates a touchpoint of this kind.</summary>
    public static Initiator InitiatorOf(TouchpointKind kind) => Of(kind).Initiator;

    /// <summary>The snake_case name used in output files.</summary>
    public static string NameOf(TouchpointKind kind) => Of(kind).Name;
}
