using Simulator.Experiments.Engines;
using Simulator.Model.Engine;
using Simulator.Model.Scenarios;

namespace Simulator.Experiments.Calibration;

/// <summary>
/// Fits scenario settings so that the simulated retention of an acquisition cohort (<see cref="CohortRetention"/>)
/// matches an observed table: it minimises the root mean square error in percentage points over the fitted
/// periods with <see cref="NelderMead"/> on the parameters mapped onto [0, 1], after a coarse look at the
/// whole search box (<see cref="CalibrationSettings.Explore"/>). Each evaluation runs the scenario on
/// the engine given (any engine gives the same numbers) with the same seed (common random numbers),
/// replicates side by side, so two evaluations differ only through the parameters and the same inputs
/// always give the same fit.
/// </summary>
public static class Calibrator
{
    /// <summary>Runs the fit. Cancelling stops it after the current evaluation; the result then holds what finished.</summary>
    /// <exception cref="ArgumentException">The settings do not fit the table or the scenario (see <see cref="CalibrationSettings.Problems"/>), or no parameter is given.</exception>
    public static CalibrationResult Run(
        ISimulationEngine engine,
        Scenario scenario,
        RetentionTable observed,
        CalibrationSettings settings,
        IReadOnlyList<FitParameter> parameters,
        IProgress<CalibrationProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(parameters);
        var problem = settings.Problems(observed, scenario).FirstOrDefault();
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(settings));
        }

        if (parameters.Count == 0)
        {
            throw new ArgumentException("At least one parameter must be fitted.", nameof(parameters));
        }

        var simulated = scenario.WithRun(weeks: settings.RunWeeks(observed));
        var startUnit = parameters.Select(p => NelderMead.Reflect(p.ToUnit(p.Start))).ToArray();
        var evaluations = new List<CalibrationEvaluation>();
        var best = double.PositiveInfinity;

        double Objective(double[] unit)
        {
            var values = new double[parameters.Count];
            for (var i = 0; i < values.Length; i++)
            {
                // The start is evaluated at the scenario's exact value, not its round trip through [0, 1].
                values[i] = unit[i] == startUnit[i] ? parameters[i].Start : parameters[i].FromUnit(unit[i]);
            }

            // The optimiser asks for one value at a time, so the fit waits here on its own thread (the
            // caller's); the replicates of each evaluation still run side by side on the engine.
            var curve = SimulateRetentionAsync(engine, Apply(simulated, parameters, values), settings, observed.Periods, cancellationToken).GetAwaiter().GetResult();
            var rmse = RetentionError.Rmse(observed, curve, settings.FitPeriods);
            evaluations.Add(new CalibrationEvaluation(evaluations.Count + 1, values, rmse, curve));
            if (rmse < best)
            {
                best = rmse;
            }

            progress?.Report(new CalibrationProgress(evaluations.Count, settings.MaxEvaluations, rmse, best, values));
            return rmse;
        }

        var outcome = NelderMead.Minimize(Objective, startUnit, new NelderMeadOptions { MaxEvaluations = settings.MaxEvaluations, InitialDesign = settings.EffectiveExplore(parameters.Count) }, cancellationToken);
        return new CalibrationResult(simulated, observed, settings, parameters, evaluations, outcome.Stop);
    }

    /// <summary>
    /// Simulates the cohort's retention at <paramref name="periods"/> for <paramref name="scenario"/> as it is
    /// (its customers, seed, replicates and burn-in) on <paramref name="engine"/>, running exactly the weeks
    /// the periods need, replicates side by side as far as the engine allows.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled before every replicate finished.</exception>
    public static async Task<SimulatedRetention> SimulateRetentionAsync(ISimulationEngine engine, Scenario scenario, CalibrationSettings settings, IReadOnlyList<int> periods, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(periods);
        var weeks = CohortRetention.RequiredWeeks(settings.EffectiveCohortWeeks, settings.PeriodWeeks, periods.Count == 0 ? 0 : periods.Max());
        var run = scenario.Weeks == weeks ? scenario : scenario.WithRun(weeks: weeks);
        var result = await ReplicateRunner.RunReplicatesAsync(engine, run, cancellationToken).ConfigureAwait(false);
        if (!result.Completed)
        {
            throw new OperationCanceledException("The simulation was cancelled.", cancellationToken);
        }

        return CohortRetention.Of(result, settings.Brand, settings.EffectiveCohortWeeks, settings.PeriodWeeks, periods);
    }

    /// <summary><paramref name="scenario"/> with each parameter set to its value, in order.</summary>
    public static Scenario Apply(Scenario scenario, IReadOnlyList<FitParameter> parameters, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(values);
        var result = scenario;
        for (var i = 0; i < parameters.Count; i++)
        {
            result = ScenarioParameters.With(result, parameters[i].Path, values[i]);
        }

        return result;
    }
}
