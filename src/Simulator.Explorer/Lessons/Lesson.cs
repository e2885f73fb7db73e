namespace Simulator.Explorer.Lessons;

/// <summary>
/// A guided lesson on one claim of the source articles, read from a file of <c>lessons/</c>: it sets
/// the scenario and the levers (arm A as the scenario has it, arm B with the lesson's levers from week
/// 0, same customers and luck), says what to notice and what to try, asks a question, and after the
/// run compares the arms with the run's own numbers. NetLogo's Info tab is the model of its texts.
/// </summary>
/// <param name="Name">The file's name without <c>.json</c>: how requests name the lesson.</param>
/// <param name="Title">A short title.</param>
/// <param name="Claim">The claim of the article the lesson is about.</param>
/// <param name="Source">The article or study the claim comes from.</param>
/// <param name="Scenario">The shipped scenario arm A runs.</param>
/// <param name="Customers">Customers of the run.</param>
/// <param name="Weeks">Weeks of the run.</param>
/// <param name="Seed">Seed of the run (both arms).</param>
/// <param name="Replicates">Replicates per arm, for the intervals.</param>
/// <param name="ArmB">The levers arm B sets from week 0.</param>
/// <param name="WhatIsIt">What the lesson shows.</param>
/// <param name="HowItWorks">The rules of the model at work (with the sections of docs/model.md).</param>
/// <param name="ThingsToNotice">What to watch while it runs.</param>
/// <param name="ThingsToTry">What to change next.</param>
/// <param name="Extending">How the model could be extended to say more.</param>
/// <param name="Question">The question the student answers before reading the outcome.</param>
/// <param name="Expectations">What the article leads one to expect of arm B against arm A.</param>
/// <param name="ColourBy">The population attribute the view starts coloured by.</param>
public sealed record Lesson(
    string Name,
    string Title,
    string Claim,
    string Source,
    string Scenario,
    int Customers,
    int Weeks,
    ulong Seed,
    int Replicates,
    IReadOnlyList<LessonLever> ArmB,
    string WhatIsIt,
    string HowItWorks,
    IReadOnlyList<string> ThingsToNotice,
    IReadOnlyList<string> ThingsToTry,
    string Extending,
    string Question,
    IReadOnlyList<LessonExpectation> Expectations,
    string ColourBy);
