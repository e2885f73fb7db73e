namespace Simulator.Explorer.Lessons;

/// <summary>The figures a lesson's outcome can report, declared once: lesson files, the reader and the page use these names.</summary>
public static class LessonMeasures
{
    /// <summary>Every measure.</summary>
    public static IReadOnlyList<LessonMeasure> All { get; } =
    [
        new("retention", "Retention of week-0 customers", "%", "percentage points", p => 100 * p.Retention),
        new("customers", "Customers", "customers", "customers", p => p.Customers),
        new("nps", "Net promoter score", "points", "points", p => p.Nps),
        new("detractors", "Detractors", "% of customers", "percentage points", p => 100 * p.Detractors),
        new("trust", "Mean trust", "0-1", "(on the 0-1 scale)", p => p.Trust),
        new("anger", "Mean anger", "0-1", "(on the 0-1 scale)", p => p.Anger),
        new("joy", "Mean joy", "0-1", "(on the 0-1 scale)", p => p.Joy),
        new("cumulativeProfit", "Profit since week 0", "currency", "(currency)", p => p.CumulativeProfit),
    ];

    /// <summary>The measure named <paramref name="name"/>, or null.</summary>
    public static LessonMeasure? Find(string name) => All.FirstOrDefault(m => m.Name == name);
}
