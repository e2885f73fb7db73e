namespace Simulator.Explorer.Api;

/// <summary>A session as the page sees it.</summary>
/// <param name="Id">Session id.</param>
/// <param name="Scenario">Scenario name.</param>
/// <param name="Brand">The explored brand (its levers and figures).</param>
/// <param name="Status">preparing, ready, running, paused, finished or failed.</param>
/// <param name="Error">What went wrong, when failed.</param>
/// <param name="Week">Weeks run.</param>
/// <param name="Weeks">Weeks in the run.</param>
/// <param name="Customers">Population.</param>
/// <param name="Seed">Seed (shared by both arms in compare mode).</param>
/// <param name="Compare">Whether there are two arms.</param>
/// <param name="PaceMilliseconds">Pause between weeks while running.</param>
/// <param name="Arms">The arms.</param>
/// <param name="Brands">Every brand of the scenario, in order.</param>
/// <param name="Replicates">Replicates per arm.</param>
/// <param name="Lesson">The lesson the session was made for, or null.</param>
/// <param name="Version">The session's change count when the view was made: of two views, the one with the higher version is the newer.</param>
/// <param name="Resets">How many times the session was reset: the weeks of a view with another count belong to another run.</param>
public sealed record SessionView(
    string Id,
    string Scenario,
    string Brand,
    string Status,
    string? Error,
    int Week,
    int Weeks,
    int Customers,
    ulong Seed,
    bool Compare,
    int PaceMilliseconds,
    IReadOnlyList<ArmView> Arms,
    IReadOnlyList<string> Brands,
    int Replicates,
    string? Lesson,
    long Version,
    int Resets);
