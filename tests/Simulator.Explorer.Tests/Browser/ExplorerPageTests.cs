using System.Net.Http.Json;
using Microsoft.Playwright;
using Simulator.Explorer.Tests.Support;
using Xunit;

namespace Simulator.Explorer.Tests.Browser;

/// <summary>
/// The page in Debian's headless chromium, driven like a student would: pick a length, move a
/// slider, step and run, read a story. Needs /usr/bin/chromium (.ci/run installs it), or
/// CXSIM_CHROMIUM naming another chromium.
/// </summary>
[Collection(ExplorerCollection.Name)]
public class ExplorerPageTests(ExplorerFixture explorer)
{
    private static string Chromium => Environment.GetEnvironmentVariable("CXSIM_CHROMIUM") ?? "/usr/bin/chromium";

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Moving_a_slider_and_running_twenty_weeks_changes_the_charts()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var (page, problems) = await OpenAsync(browser);
        var status = page.GetByTestId("status");
        var before = await ChartImagesAsync(page);

        // A 20-week run at full speed.
        await page.GetByTestId("weeks").FillAsync("20");
        await page.GetByTestId("customers").FillAsync("1000");
        await page.GetByTestId("pace").FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await page.GetByTestId("new-run").ClickAsync();
        // The new session's status, not the first one's (which is ready too).
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent.includes('1,000 customers') && document.getElementById('status').dataset.state === 'ready'", null, new PageWaitForFunctionOptions { Timeout = 90_000 });

        // Two weeks, then a lever moved mid-run: service effort to its maximum.
        for (var week = 1; week <= 2; week++)
        {
            await page.GetByTestId("step").ClickAsync();
            await page.WaitForFunctionAsync($"() => document.getElementById('status').dataset.week === '{week}'");
        }

        var slider = page.GetByTestId("lever-A-0-serviceEffort");
        await slider.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.WaitForFunctionAsync("() => document.getElementById('lever-A-0-serviceEffort').nextElementSibling.textContent === '1'");
        await page.GetByTestId("start").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('status').dataset.state === 'finished'", null, new PageWaitForFunctionOptions { Timeout = 120_000 });

        Assert.Equal("20", await status.GetAttributeAsync("data-week"));
        var after = await ChartImagesAsync(page);
        // Twenty weeks of each line: 1 on retention, 3 on advocacy, 4 on feelings, 4 on stages, 1 on profit.
        var lines = new Dictionary<string, int> { ["chart-retention"] = 1, ["chart-nps"] = 3, ["chart-feelings"] = 4, ["chart-stages"] = 4, ["chart-profit"] = 1 };
        foreach (var (chart, count) in lines)
        {
            Assert.NotEqual(before[chart], after[chart]);
            Assert.Equal((20 * count).ToString(), await page.GetByTestId(chart).GetAttributeAsync("data-points"));
        }

        // The picture in the README: UPDATE_SCREENSHOT=1 dotnet test --filter FullyQualifiedName~Browser
        await SaveScreenshotAsync(page, "explorer.png");

        // The move is in the run from week 2 on.
        var sessionId = await page.EvaluateAsync<string>("() => document.querySelector('[data-testid=download-A-metrics\\\\.csv]').href.split('/')[5]");
        var view = await explorer.GetAsync(sessionId);
        var move = Assert.Single(view.Arms[0].Interventions);
        Assert.Equal((2, "serviceEffort", 1.0), (move.Week, move.Lever, move.Value));

        await page.GetByTestId("leaver").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('story-text').textContent.startsWith('Customer ')");
        Assert.Contains("arm A, 20 weeks", await page.GetByTestId("story-text").TextContentAsync());
        Assert.Equal(200, (int)(await explorer.Http.GetAsync(await page.GetByTestId("download-A-metrics.csv").GetAttributeAsync("href"))).StatusCode);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));

    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Compare_mode_draws_both_arms_and_offers_both_downloads()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var (page, problems) = await OpenAsync(browser);

        await page.GetByTestId("weeks").FillAsync("12");
        await page.GetByTestId("customers").FillAsync("600");
        await page.GetByTestId("compare").CheckAsync();
        await page.GetByTestId("pace").FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await page.GetByTestId("new-run").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent.includes('600 customers') && document.getElementById('status').dataset.state === 'ready'", null, new PageWaitForFunctionOptions { Timeout = 90_000 });

        // B closes the loop on feedback from week 0; A keeps the scenario's policy.
        Assert.Equal(1, await page.GetByTestId("lever-A-0-feedbackResponse").CountAsync());
        var slider = page.GetByTestId("lever-B-0-feedbackResponse");
        await slider.FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.WaitForFunctionAsync("() => document.getElementById('lever-B-0-feedbackResponse').nextElementSibling.textContent === '1'");
        await page.GetByTestId("start").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('status').dataset.state === 'finished'", null, new PageWaitForFunctionOptions { Timeout = 120_000 });

        // Each line twice (A solid, B dashed): 12 weeks x 2 arms on the retention chart.
        Assert.Equal("24", await page.GetByTestId("chart-retention").GetAttributeAsync("data-points"));
        foreach (var arm in new[] { "A", "B" })
        {
            var href = await page.GetByTestId($"download-{arm}-metrics.csv").GetAttributeAsync("href");
            Assert.Equal(200, (int)(await explorer.Http.GetAsync(href)).StatusCode);
        }

        var sessionId = await page.EvaluateAsync<string>("() => document.querySelector('[data-testid=download-B-metrics\\\\.csv]').href.split('/')[5]");
        var view = await explorer.GetAsync(sessionId);
        Assert.Empty(view.Arms[0].Interventions);
        Assert.Equal((0, "feedbackResponse", 1.0), (view.Arms[1].Interventions[0].Week, view.Arms[1].Interventions[0].Lever, view.Arms[1].Interventions[0].Value));
        Assert.NotEqual(view.Arms[0].Points[^1].Nps, view.Arms[1].Points[^1].Nps);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        await SaveScreenshotAsync(page, "explorer-compare.png");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task The_page_lists_when_a_rival_responded()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var (page, problems) = await OpenAsync(browser);

        await page.GetByTestId("scenario").SelectOptionAsync("rival-answers-effortless-service");
        await page.GetByTestId("weeks").FillAsync("30");
        await page.GetByTestId("customers").FillAsync("300");
        await page.GetByTestId("seed").FillAsync("42");
        await page.GetByTestId("pace").FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await page.GetByTestId("new-run").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent.startsWith('rival-answers-effortless-service, 300 customers') && document.getElementById('status').dataset.state === 'ready'", null, new PageWaitForFunctionOptions { Timeout = 90_000 });
        Assert.StartsWith("No brand has responded yet", await page.GetByTestId("responses").TextContentAsync(), StringComparison.Ordinal);
        await page.GetByTestId("start").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('status').dataset.state === 'finished'", null, new PageWaitForFunctionOptions { Timeout = 120_000 });

        // The rival copies the leader's two service levers, seen at week 0, from week 26 (as SessionTests checks against the batch run).
        var items = page.GetByTestId("responses").Locator("li");
        Assert.Equal(2, await items.CountAsync());
        foreach (var lever in new[] { "serviceEffort", "firstContactResolution" })
        {
            var text = await items.Filter(new LocatorFilterOptions { HasText = lever }).TextContentAsync();
            Assert.StartsWith("week 0 → 26, Rival (copyLeader): ", text, StringComparison.Ordinal);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    // Into the test's folder, and into docs/images when UPDATE_SCREENSHOT=1.
    private static async Task SaveScreenshotAsync(IPage page, string name)
    {
        var screenshot = Path.Combine(AppContext.BaseDirectory, name);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = false });
        if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOT") == "1")
        {
            File.Copy(screenshot, Path.Combine(RepositoryRoot(), "docs", "images", name), overwrite: true);
        }
    }

    private static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(Chromium), $"No chromium at {Chromium}: install Debian's with 'apt-get install chromium' (.ci/run does), or set CXSIM_CHROMIUM.");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            Timeout = 120_000,
        });
    }

    // The explorer's page, loaded and ready, noting console errors, failed requests and any request to another host.
    private async Task<(IPage Page, List<string> Problems)> OpenAsync(IBrowser browser)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
        // Generous for a loaded two-core machine: every wait is for a signal, and the limit only fails a broken page.
        page.SetDefaultTimeout(90_000);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.RequestFailed += (_, request) => problems.Add("request failed: " + request.Url);
        page.Request += (_, request) =>
        {
            // Offline by construction: the page asks nothing of any other host.
            if (!request.Url.StartsWith(explorer.Host.Address.ToString(), StringComparison.Ordinal))
            {
                problems.Add("request to another host: " + request.Url);
            }
        };

        await page.GotoAsync(explorer.Host.Address.ToString());
        await Expect(page.GetByTestId("status"), "ready");
        return (page, problems);
    }

    private static async Task Expect(ILocator status, string state)
    {
        var page = status.Page;
        await page.WaitForFunctionAsync($"() => document.getElementById('status').dataset.state === '{state}'", null, new PageWaitForFunctionOptions { Timeout = 90_000 });
    }

    private static async Task<Dictionary<string, string>> ChartImagesAsync(IPage page)
    {
        var charts = new Dictionary<string, string>();
        foreach (var chart in new[] { "chart-retention", "chart-nps", "chart-feelings", "chart-stages", "chart-profit" })
        {
            charts[chart] = await page.EvaluateAsync<string>($"() => document.getElementById('{chart}').toDataURL()");
        }

        return charts;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Simulator.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Simulator.sln not found above the test assembly.");
    }
}
