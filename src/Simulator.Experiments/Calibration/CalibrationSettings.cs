using System.Globalization;
using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Calibration;

/// <summary>How a retention table is compared with the model, and how hard the fit tries.</summary>
public sealed record CalibrationSettings
{
    /// <summary>The default length of a period of the observed table: a year.</summary>
    public const int DefaultPeriodWeeks = 52;

    /// <summary>The longest period or acquisition window, in weeks (ten years).</summary>
    public const int MaxWeeksPerPeriod = 520;

    /// <summary>The largest evaluation budget.</summary>
    public const int MaxEvaluationsLimit = 10_000;

    /// <summary>Weeks per period of the observed table (52 when its periods are years).</summary>
    public int PeriodWeeks { get; init; } = DefaultPeriodWeeks;

    /// <summary>The acquisition window: the cohort is every customer acquired in weeks 0 to this − 1; null for one period's worth (<see cref="PeriodWeeks"/>).</summary>
    public int? CohortWeeks { get; init; }

    /// <summary>The periods fitted (each 1 or later and in the table); the table's other periods after 0 are held out.</summary>
    public required IReadOnlyList<int> FitPeriods { get; init; }

    /// <summary>The most simulations the fit may run.</summary>
    public int MaxEvaluations { get; init; } = NelderMeadOptions.DefaultMaxEvaluations;

    /// <summary>The brand whose customers form the cohort (0, the focal brand).</summary>
    public int Brand { get; init; }

    /// <summary>Points of a space-filling design tried before Nelder-Mead (see <see cref="NelderMeadOptions.InitialDesign"/>); null for <see cref="DefaultExplore"/>.</summary>
    public int? Explore { get; init; }

    /// <summary>
    /// Settings changed before the fit (the command line's <c>--set</c>), in order. The scenario given to
    /// <see cref="Calibrator.Run"/> already has them; they are recorded, and written into <c>calibrated.json</c>
    /// ahead of the fitted values so that it reproduces the fitted market.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, double>> Overrides { get; init; } = [];

    /// <summary>The default exploration: four design points per fitted parameter, at most half the budget.</summary>
    public static int DefaultExplore(int parameters, int maxEvaluations) => Math.Min(4 * parameters, maxEvaluations / 2);

    /// <summary>The exploration in effect for <paramref name="parameters"/> fitted parameters.</summary>
    public int EffectiveExplore(int parameters) => Explore ?? DefaultExplore(parameters, MaxEvaluations);

    /// <summary>The acquisition window in effect.</summary>
    public int EffectiveCohortWeeks => CohortWeeks ?? PeriodWeeks;

    /// <summary>The weeks each simulation runs so that the last period of <paramref name="observed"/> is reached by every cohort week.</summary>
    public int RunWeeks(RetentionTable observed)
    {
        ArgumentNullException.ThrowIfNull(observed);
        return CohortRetention.RequiredWeeks(EffectiveCohortWeeks, PeriodWeeks, observed.LastPeriod);
    }

    /// <summary>The table's periods after acquisition that are not fitted (predicted out of sample).</summary>
    public IReadOnlyList<int> HeldOutPeriods(RetentionTable observed)
    {
        ArgumentNullException.ThrowIfNull(observed);
        return [.. observed.FittablePeriods.Except(FitPeriods)];
    }

    /// <summary>Every problem with these settings for <paramref name="observed"/> and <paramref name="scenario"/>, naming the option and the allowed values.</summary>
    public IEnumerable<string> Problems(RetentionTable observed, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(scenario);
        var ok = true;
        if (PeriodWeeks < 1 || PeriodWeeks > MaxWeeksPerPeriod)
        {
            ok = false;
            yield return Invariant($"--period-weeks {PeriodWeeks} is out of range; allowed: 1 to {MaxWeeksPerPeriod}.");
        }

        if (CohortWeeks is { } k && (k < 1 || k > MaxWeeksPerPeriod))
        {
            ok = false;
            yield return Invariant($"--cohort-weeks {k} is out of range; allowed: 1 to {MaxWeeksPerPeriod}.");
        }

        if (MaxEvaluations < 1 || MaxEvaluations > MaxEvaluationsLimit)
        {
            yield return Invariant($"--max-evaluations {MaxEvaluations} is out of range; allowed: 1 to {MaxEvaluationsLimit}.");
        }

        if (Explore is { } explore && (explore < 0 || explore >= Math.Max(1, MaxEvaluations)))
        {
            yield return Invariant($"--explore {explore} is out of range; allowed: 0 to {Math.Max(0, MaxEvaluations - 1)} (fewer than --max-evaluations).");
        }

        if (Brand < 0 || Brand >= scenario.Brands.Count)
        {
            yield return Invariant($"brand {Brand} is not in the scenario; allowed: 0 to {scenario.Brands.Count - 1}.");
        }

        var fittable = observed.FittablePeriods;
        var allowed = PeriodSelection.Format(fittable);
        if (FitPeriods.Count == 0)
        {
            yield return $"--fit-periods selects no period; allowed: periods of {observed.Source} after 0 ({allowed}).";
        }

        foreach (var period in FitPeriods.Where(p => !fittable.Contains(p)))
        {
            yield return Invariant($"--fit-periods includes period {period}, which {observed.Source} does not have after period 0; allowed: {allowed}.");
        }

        if (ok)
        {
            var weeks = (long)EffectiveCohortWeeks + ((long)observed.LastPeriod * PeriodWeeks);
            if (weeks > Scenario.MaxWeeks)
            {
                yield return Invariant($"the run would need {weeks} weeks (acquisition window {EffectiveCohortWeeks} + last period {observed.LastPeriod} x {PeriodWeeks} weeks); allowed: up to {Scenario.MaxWeeks}: use a smaller --period-weeks or --cohort-weeks.");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
