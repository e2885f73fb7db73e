using Simulator.Experiments.Sensitivity;
using Simulator.Reporting.Csv;

namespace Simulator.Reporting.Sensitivity;

/// <summary>
/// <c>indices.csv</c>: one line per outcome and parameter: the range studied, the Morris effects or the
/// Sobol indices with their bootstrap 95% intervals (the other method's columns empty), and the
/// one-at-a-time outcome at each end of the range. Outcomes are in their own units (shares 0-1, NPS points, customers).
/// </summary>
public static class SensitivityIndicesCsv
{
    /// <summary>The file name inside an analysis directory.</summary>
    public const string FileName = "indices.csv";

    /// <summary>The columns, each declared once.</summary>
    public static IReadOnlyList<CsvColumn<SensitivityRow>> Columns { get; } =
    [
        CsvColumn<SensitivityRow>.Key("outcome", "The outcome (as --outcome names it).", r => r.Result.Outcome.Outcome ?? r.Result.Outcome.Column),
        CsvColumn<SensitivityRow>.Key("parameter", "The parameter's path.", r => r.Parameter.Path),
        CsvColumn<SensitivityRow>.Measure("low", "the parameter's unit", "The plausible minimum: the low end of the range studied.", r => r.Parameter.Low),
        CsvColumn<SensitivityRow>.Measure("high", "the parameter's unit", "The plausible maximum.", r => r.Parameter.High),
        CsvColumn<SensitivityRow>.Measure("base", "the parameter's unit", "The value in the scenario, where the one-at-a-time swings start.", r => r.Parameter.Base),
        CsvColumn<SensitivityRow>.Measure("morris_mu_star", "outcome units", "Morris: mean absolute elementary effect, scaled to the whole plausible range (empty for Sobol).", r => r.Morris.MuStar),
        CsvColumn<SensitivityRow>.Measure("morris_mu", "outcome units", "Morris: mean signed elementary effect (effects of both signs cancel).", r => r.Morris.Mu),
        CsvColumn<SensitivityRow>.Measure("morris_sigma", "outcome units", "Morris: standard deviation of the elementary effects (interactions, curvature).", r => r.Morris.Sigma),
        CsvColumn<SensitivityRow>.Measure("sobol_first", "share of variance", "Sobol: first-order index S_i (empty for Morris).", r => r.First.Value),
        CsvColumn<SensitivityRow>.Measure("sobol_first_low", "share of variance", "Sobol: 2.5th percentile of the bootstrap first-order estimates.", r => r.First.Lower),
        CsvColumn<SensitivityRow>.Measure("sobol_first_high", "share of variance", "Sobol: 97.5th percentile of the bootstrap first-order estimates.", r => r.First.Upper),
        CsvColumn<SensitivityRow>.Measure("sobol_total", "share of variance", "Sobol: total index ST_i (Jansen).", r => r.Total.Value),
        CsvColumn<SensitivityRow>.Measure("sobol_total_low", "share of variance", "Sobol: 2.5th percentile of the bootstrap total estimates.", r => r.Total.Lower),
        CsvColumn<SensitivityRow>.Measure("sobol_total_high", "share of variance", "Sobol: 97.5th percentile of the bootstrap total estimates.", r => r.Total.Upper),
        CsvColumn<SensitivityRow>.Measure("oat_at_low", "outcome units", "The outcome with this parameter at its plausible minimum, every other setting as in the scenario.", r => r.Tornado.AtLow),
        CsvColumn<SensitivityRow>.Measure("oat_at_high", "outcome units", "The outcome with this parameter at its plausible maximum.", r => r.Tornado.AtHigh),
        CsvColumn<SensitivityRow>.Measure("oat_swing", "outcome units", "|oat_at_high - oat_at_low|: the tornado bar's length.", r => r.Tornado.Swing),
    ];

    /// <summary>Every row: outcome by outcome, parameters in the design's order.</summary>
    public static IReadOnlyList<SensitivityRow> Rows(SensitivityDesign design, IReadOnlyList<OutcomeSensitivity> results)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.SelectMany(r => design.Parameters.Select((p, i) => new SensitivityRow(r, p, i)))];
    }

    /// <summary>The file's text.</summary>
    public static string Text(SensitivityDesign design, IReadOnlyList<OutcomeSensitivity> results) =>
        CsvFormat.ToText(w => CsvTable.Write(w, Columns, Rows(design, results)));
}
