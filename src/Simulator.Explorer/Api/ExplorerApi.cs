using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Simulator.Explorer.Hosting;
using Simulator.Explorer.Lessons;
using Simulator.Explorer.Sessions;
using Simulator.Model.Brands;
using Simulator.Model.Engine;
using Simulator.Model.Metrics.Population;
using Simulator.Model.Scenarios;
using Simulator.Reporting.Csv;

namespace Simulator.Explorer.Api;

/// <summary>The explorer's HTTP API: scenarios and levers, sessions and their controls, stories and downloads.</summary>
public static class ExplorerApi
{
    /// <summary>Fewest customers a session may have.</summary>
    public const int MinCustomers = 100;

    /// <summary>Maps every endpoint under <c>/api</c>.</summary>
    public static IEndpointRouteBuilder MapExplorerApi(this IEndpointRouteBuilder app, ExplorerOptions options, ScenarioShelf shelf, LessonShelf lessons, SessionStore sessions)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/scenarios", () => shelf.All.Select(s => new ScenarioItem(s.Name, s.Description, s.Weeks, [.. s.Brands.Select(b => b.Name)])));
        api.MapGet("/levers", () => PolicyLevers.All.Select(l => new LeverInfo(l.Name, l.Min, l.Max, l.Default, l.Unit, l.Description, l.Source)));
        api.MapGet("/limits", () => new Limits(options.Customers, MinCustomers, options.MaxCustomers, options.MaxWeeks, ExplorerOptions.DefaultPaceMilliseconds, ExplorerOptions.MaxPaceMilliseconds, options.MaxReplicates));
        api.MapGet("/lessons", () => lessons.All);
        api.MapGet("/population/attributes", () => PopulationAttributes.All.Select(a => AttributeOf(a, null)));

        api.MapPost("/sessions", async (HttpRequest request) =>
        {
            var (body, problem) = await RequestBody.ReadAsync<CreateSessionRequest>(request);
            if (body is null)
            {
                return problem!;
            }

            var pace = body.PaceMilliseconds ?? ExplorerOptions.DefaultPaceMilliseconds;
            if (pace < 0 || pace > ExplorerOptions.MaxPaceMilliseconds)
            {
                return ApiProblem.OfBodyField("paceMilliseconds", $"paceMilliseconds {pace} is out of range; allowed: 0 to {ExplorerOptions.MaxPaceMilliseconds}.");
            }

            if (body.Lesson is not null)
            {
                if (lessons.Find(body.Lesson) is not { } lesson)
                {
                    return ApiProblem.OfBodyField("lesson", $"Unknown lesson '{body.Lesson}'; allowed: {string.Join(", ", lessons.All.Select(l => l.Name))}.");
                }

                var taught = shelf.Find(lesson.Scenario)!;
                // The reader checked every brand and lever of the lesson against this scenario.
                var setup = lesson.ArmB.Select(l => new SetupChange("B", IndexOfBrand(taught, l.Brand), PolicyLevers.TryParse(l.Lever, out var lever) ? lever : throw new InvalidOperationException($"Lesson {lesson.Name}: unknown lever {l.Lever}."), l.Value)).ToList();
                var run = taught.WithRun(customers: lesson.Customers, weeks: lesson.Weeks, seed: lesson.Seed, replicates: lesson.Replicates);
                var made = await sessions.CreateAsync(run, compare: true, pace, setup, lesson.Name);
                return Results.Json(await ViewAsync(made, 0), statusCode: 201);
            }

            if (string.IsNullOrEmpty(body.Scenario) || shelf.Find(body.Scenario) is not { } scenario)
            {
                return ApiProblem.OfBodyField("scenario", $"Unknown scenario '{body.Scenario}'; allowed: {string.Join(", ", shelf.Names)}.");
            }

            var customers = body.Customers ?? options.Customers;
            if (customers < MinCustomers || customers > options.MaxCustomers)
            {
                return ApiProblem.OfBodyField("customers", $"customers {customers} is out of range; allowed: {MinCustomers} to {options.MaxCustomers}.");
            }

            var weeks = body.Weeks ?? Math.Min(scenario.Weeks, options.MaxWeeks);
            if (weeks < 1 || weeks > options.MaxWeeks)
            {
                return ApiProblem.OfBodyField("weeks", $"weeks {weeks} is out of range; allowed: 1 to {options.MaxWeeks}.");
            }

            var replicates = body.Replicates ?? 1;
            if (replicates < 1 || replicates > options.MaxReplicates)
            {
                return ApiProblem.OfBodyField("replicates", $"replicates {replicates} is out of range; allowed: 1 to {options.MaxReplicates}.");
            }

            var session = await sessions.CreateAsync(scenario.WithRun(customers: customers, weeks: weeks, seed: body.Seed ?? scenario.Seed, replicates: replicates), body.Compare, pace);
            return Results.Json(await ViewAsync(session, 0), statusCode: 201);
        });

        var one = api.MapGroup("/sessions/{id}");
        one.MapGet("", async (string id, string? since) =>
        {
            if (!TryWeek(since, out var from))
            {
                return ApiProblem.Of(400, field: "since", detail: $"since '{since}' is not a week; allowed: a whole number from 0.");
            }

            return sessions.Find(id) is { } session ? Results.Json(await ViewAsync(session, from)) : NoSession(id);
        });
        one.MapDelete("", async (string id) => await sessions.RemoveAsync(id) ? Results.NoContent() : NoSession(id));
        one.MapPost("/start", (string id) => Control(sessions, id, s => Task.FromResult(s.Start())));
        one.MapPost("/step", (string id) => Control(sessions, id, s => s.StepAsync()));
        one.MapPost("/pause", (string id) => Control(sessions, id, async s =>
        {
            await s.PauseAsync();
            return true;
        }));
        one.MapPost("/reset", (string id) => Control(sessions, id, async s =>
        {
            await s.ResetAsync();
            return true;
        }));
        one.MapPut("/pace", async (string id, HttpRequest request) =>
        {
            if (sessions.Find(id) is not { } session)
            {
                return NoSession(id);
            }

            var (body, problem) = await RequestBody.ReadAsync<ValueRequest>(request);
            if (body?.Value is not { } value || value < 0 || value > ExplorerOptions.MaxPaceMilliseconds || value != Math.Floor(value))
            {
                return problem ?? ApiProblem.OfBodyField("value", $"value must be a whole number of milliseconds from 0 to {ExplorerOptions.MaxPaceMilliseconds}.");
            }

            session.PaceMilliseconds = (int)value;
            return Results.Json(await ViewAsync(session, session.Week));
        });

        one.MapPut("/arms/{arm}/levers/{lever}", (string id, string arm, string lever, HttpRequest request) =>
            ChangeLeverAsync(sessions, id, arm, null, lever, request));
        one.MapPut("/arms/{arm}/brands/{brand}/levers/{lever}", (string id, string arm, string brand, string lever, HttpRequest request) =>
            ChangeLeverAsync(sessions, id, arm, brand, lever, request));

        one.MapGet("/events", (string id, string? since) =>
        {
            if (!TryWeek(since, out var from))
            {
                return ApiProblem.Of(400, field: "since", detail: $"since '{since}' is not a week; allowed: a whole number from 0.");
            }

            return sessions.Find(id) is { } session ? new SessionEvents(session, from) : NoSession(id);
        });

        one.MapGet("/lesson", async (string id) =>
        {
            if (sessions.Find(id) is not { } session)
            {
                return NoSession(id);
            }

            if (session.Lesson is null || lessons.Find(session.Lesson) is not { } lesson)
            {
                return ApiProblem.Of(404, $"Session '{id}' was not made for a lesson; start one from GET /api/lessons.");
            }

            return Results.Json(await LessonViewAsync(session, lesson));
        });

        one.MapGet("/arms/{arm}/population", async (string id, string arm) =>
        {
            if (Find(sessions, id, arm, out var session, out var side) is { } missing)
            {
                return missing;
            }

            var frame = await session.ObserveAsync(side);
            return frame is null
                ? ApiProblem.Of(409, $"The session is {Name(session.Status)}; its customers can be seen once it is ready.")
                : Results.Json(PopulationOf(session.Scenario, side.Name, frame));
        });

        one.MapGet("/arms/{arm}/customers/{customer}", async (string id, string arm, string customer, CancellationToken aborted) =>
        {
            if (Find(sessions, id, arm, out var session, out var side) is { } missing)
            {
                return missing;
            }

            if (!int.TryParse(customer, NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c >= session.Scenario.Customers)
            {
                return ApiProblem.Of(400, field: "customer", detail: $"customer '{customer}' is not an id; allowed: 0 to {session.Scenario.Customers - 1}.");
            }

            return await StoryAsync(side, c, aborted);
        });

        one.MapGet("/arms/{arm}/leaver", async (string id, string arm, string? pick, CancellationToken aborted) =>
        {
            if (Find(sessions, id, arm, out _, out var side) is { } missing)
            {
                return missing;
            }

            if (!TryWeek(pick, out var p))
            {
                return ApiProblem.Of(400, field: "pick", detail: $"pick '{pick}' must be a whole number from 0.");
            }

            if (side.WeeksRun == 0)
            {
                return ApiProblem.Of(409, "No week has run yet, so nobody has left; start or step first.");
            }

            var scenario = side.RunSoFar();
            var leavers = await Task.Run(() => Leavers.Of(scenario, ExplorerSession.Brand, cancellationToken: aborted), aborted);
            if (leavers.Count == 0)
            {
                return ApiProblem.Of(404, $"Nobody has left {scenario.Brands[ExplorerSession.Brand].Name} in the {side.WeeksRun} weeks run so far.");
            }

            return await StoryAsync(side, leavers[p % leavers.Count], aborted);
        });

        one.MapGet("/arms/{arm}/metrics.csv", (string id, string arm) =>
        {
            if (Find(sessions, id, arm, out var session, out var side) is { } missing)
            {
                return missing;
            }

            return side.WeeksRun == 0
                ? ApiProblem.Of(409, "No week has run yet; start or step first.")
                : Results.File(System.Text.Encoding.UTF8.GetBytes(MetricsCsvWriter.ToText(side.Result())), "text/csv", $"{session.Scenario.Name}-{side.Name}-metrics.csv");
        });

        one.MapGet("/arms/{arm}/report.zip", async (string id, string arm, CancellationToken aborted) =>
        {
            if (Find(sessions, id, arm, out var session, out var side) is { } missing)
            {
                return missing;
            }

            if (side.WeeksRun == 0)
            {
                return ApiProblem.Of(409, "No week has run yet; start or step first.");
            }

            var bytes = await Task.Run(() => ReportArchive.Create(side.Result(), session.Started, session.Now, aborted), aborted);
            return Results.File(bytes, "application/zip", $"{session.Scenario.Name}-{side.Name}-report.zip");
        });

        return app;
    }

    /// <summary>The JSON name of a status.</summary>
    public static string Name(SessionStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The session as the page sees it, with the points from week <paramref name="since"/> on.</summary>
    public static async Task<SessionView> ViewAsync(ExplorerSession session, int since)
    {
        var s = session.Scenario;
        var version = session.Version;
        var resets = session.Resets;
        // The status first: a session is finished only once every arm has run its last week, so a view that
        // says "finished" then holds every point; read after the points, it could miss an arm's last week.
        var status = session.Status;
        var error = session.Error;
        var week = session.Week;
        var arms = new List<ArmView>();
        foreach (var arm in session.Arms)
        {
            var policies = await session.NextPoliciesAsync(arm);
            var brands = policies?.Select((policy, b) => new BrandLeversView(s.Brands[b].Name, PolicyLevers.All.Select((l, i) => (l.Name, Value: policy[(Lever)i])).ToDictionary(x => x.Name, x => x.Value))).ToList();
            arms.Add(new ArmView(
                arm.Name,
                brands,
                [.. arm.Interventions.Select(c => new InterventionView(c.Week, s.Brands[c.Brand].Name, PolicyLevers.All[(int)c.Lever].Name, c.Value))],
                arm.PointsSince(since),
                arm.BandsSince(since),
                [.. arm.Responses.Select(r => new ResponseView(r.DecidedWeek, r.EffectiveWeek, s.Brands[r.Brand].Name, Model.Brands.Responses.ResponseRules.NameOf(r.Kind), r.Reason))]));
        }

        return new SessionView(session.Id, s.Name, s.Brands[ExplorerSession.Brand].Name, Name(status), error, week, s.Weeks, s.Customers, s.Seed, session.Compare, session.PaceMilliseconds, arms,
            [.. s.Brands.Select(b => b.Name)], s.Replicates, session.Lesson, version, resets);
    }

    /// <summary>A lesson's session: the lesson, and the outcome at the last week both arms have run.</summary>
    public static Task<LessonView> LessonViewAsync(ExplorerSession session, Lesson lesson)
    {
        var finished = session.Status == SessionStatus.Finished;
        var week = session.Arms.Min(a => a.WeeksRun) - 1;
        var outcome = week < 0 || session.Arms.Count < 2 ? null : LessonOutcome.Of(lesson, session.Arms[0], session.Arms[1], week);
        return Task.FromResult(new LessonView(lesson, outcome, finished));
    }

    /// <summary>A frame as the page reads it.</summary>
    public static PopulationView PopulationOf(Scenario scenario, string arm, PopulationFrame frame)
    {
        var arcs = new int[frame.Arcs.Count * 4];
        for (var i = 0; i < frame.Arcs.Count; i++)
        {
            var a = frame.Arcs[i];
            (arcs[4 * i], arcs[4 * i + 1], arcs[4 * i + 2], arcs[4 * i + 3]) = (a.Sender, a.Recipient, (int)a.Kind, a.Brand);
        }

        var network = scenario.Network;
        return new PopulationView(
            arm,
            frame.Week,
            frame.Customers,
            network.Kind == NetworkKind.WellMixed ? "wellMixed" : "smallWorld",
            network.Neighbours,
            [.. PopulationAttributes.All.Select(a => AttributeOf(a, scenario))],
            PopulationAttributes.All.Select((a, i) => (a.Name, Column: frame.Columns[i])).ToDictionary(x => x.Name, x => x.Column),
            arcs);
    }

    private static AttributeView AttributeOf(PopulationAttribute a, Scenario? scenario)
    {
        var categories = a.Categories(scenario);
        return new AttributeView(a.Name, a.Label, a.Description, a.Kind == AttributeKind.Category ? "category" : "scale",
            a.Kind == AttributeKind.Category && categories.Count > 0 ? categories.Count - 1 : a.Max, PopulationAttribute.None, categories);
    }

    private static async Task<IResult> ChangeLeverAsync(SessionStore sessions, string id, string arm, string? brand, string lever, HttpRequest request)
    {
        if (Find(sessions, id, arm, out var session, out var side) is { } missing)
        {
            return missing;
        }

        var b = brand is null ? ExplorerSession.Brand : IndexOfBrand(session.Scenario, brand);
        if (b < 0)
        {
            return ApiProblem.Of(404, field: "brand", detail: $"Unknown brand '{brand}'; allowed: {string.Join(", ", session.Scenario.Brands.Select(x => x.Name))} (or their indices from 0).");
        }

        if (!PolicyLevers.TryParse(lever, out var parsed))
        {
            return ApiProblem.Of(404, field: "lever", detail: $"Unknown lever '{lever}'; allowed: {string.Join(", ", PolicyLevers.All.Select(l => l.Name))}.");
        }

        var spec = PolicyLevers.All[(int)parsed];
        var (body, problem) = await RequestBody.ReadAsync<ValueRequest>(request);
        if (body?.Value is not { } value || !spec.Allows(value))
        {
            return problem ?? ApiProblem.OfBodyField("value", $"value for {lever} must be a number from {spec.RangeText} ({spec.Unit}).");
        }

        if (session.Status is SessionStatus.Failed or SessionStatus.Finished)
        {
            return ApiProblem.Of(409, $"The session is {Name(session.Status)}; reset it to change levers.");
        }

        return await session.ChangeAsync(side, b, parsed, value)
            ? Results.Json(await ViewAsync(session, session.Week))
            : ApiProblem.Of(409, $"The session was reset or is {Name(session.Status)}; move the lever again once it is ready.");
    }

    // A brand by name (exactly, then ignoring case) or by index.
    private static int IndexOfBrand(Scenario scenario, string brand)
    {
        var names = scenario.Brands.Select(b => b.Name).ToList();
        var index = names.IndexOf(brand);
        if (index < 0)
        {
            index = names.FindIndex(n => string.Equals(n, brand, StringComparison.OrdinalIgnoreCase));
        }

        if (index < 0 && int.TryParse(brand, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < names.Count)
        {
            index = i;
        }

        return index;
    }

    private static async Task<IResult> Control(SessionStore sessions, string id, Func<ExplorerSession, Task<bool>> action)
    {
        if (sessions.Find(id) is not { } session)
        {
            return NoSession(id);
        }

        var status = session.Status;
        return await action(session)
            ? Results.Json(await ViewAsync(session, session.Week))
            : ApiProblem.Of(409, $"Not possible while the session is {Name(status)}.");
    }

    private static async Task<IResult> StoryAsync(SessionArm arm, int customer, CancellationToken aborted)
    {
        if (arm.WeeksRun == 0)
        {
            return ApiProblem.Of(409, "No week has run yet; start or step first.");
        }

        var scenario = arm.RunSoFar();
        var life = await Task.Run(() => CustomerBiography.Of(scenario, customer, cancellationToken: aborted), aborted);
        return Results.Json(new StoryView(arm.Name, customer, life.Weeks.Count, BiographyNarrator.Narrate(life)));
    }

    private static IResult? Find(SessionStore sessions, string id, string arm, out ExplorerSession session, out SessionArm side)
    {
        session = null!;
        side = null!;
        if (sessions.Find(id) is not { } found)
        {
            return NoSession(id);
        }

        session = found;
        if (found.Arm(arm) is not { } a)
        {
            return ApiProblem.Of(404, field: "arm", detail: $"Unknown arm '{arm}'; allowed: {string.Join(", ", found.Arms.Select(x => x.Name))}.");
        }

        side = a;
        return null;
    }

    private static IResult NoSession(string id) => ApiProblem.Of(404, $"No session '{id}': it ended, or the explorer restarted. Start a new one.");

    private static bool TryWeek(string? text, out int week)
    {
        week = 0;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out week);
    }
}
