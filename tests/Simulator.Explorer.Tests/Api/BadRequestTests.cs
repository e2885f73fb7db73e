using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Simulator.Explorer.Api;
using Simulator.Explorer.Tests.Support;
using Xunit;

namespace Simulator.Explorer.Tests.Api;

/// <summary>Malformed or out-of-bounds requests get a 4xx with a sentence, never a crash.</summary>
[Collection(ExplorerCollection.Name)]
public class BadRequestTests(ExplorerFixture explorer)
{
    private async Task<(int Status, string Error)> SendAsync(HttpMethod method, string path, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        var response = await explorer.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var error = response.Content.Headers.ContentType?.MediaType == "application/problem+json"
            ? JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()!
            : body;
        return ((int)response.StatusCode, error);
    }

    private async Task<JsonElement> ProblemAsync(string json)
    {
        var response = await explorer.Http.PostAsync("api/sessions", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Refusals_are_rfc_7807_problem_details_naming_the_field_json_path_and_line()
    {
        var range = await ProblemAsync("{\"scenario\":\"baseline\",\"customers\":5}");
        Assert.Equal(400, range.GetProperty("status").GetInt32());
        Assert.Equal("Bad Request", range.GetProperty("title").GetString());
        Assert.Equal("customers", range.GetProperty(ApiProblem.FieldKey).GetString());
        Assert.Equal("$.customers", range.GetProperty(ApiProblem.JsonPathKey).GetString());

        var malformed = await ProblemAsync("{\n  \"scenario\": \"baseline\",\n  \"weeks\": \"ten\"\n}");
        Assert.Equal("$.weeks", malformed.GetProperty(ApiProblem.JsonPathKey).GetString());
        Assert.Equal(3, malformed.GetProperty(ApiProblem.LineKey).GetInt32());
        Assert.Contains("not valid JSON for this request at $.weeks (line 3)", malformed.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("{\"scenario\":\"no-such-scenario\"}", "Unknown scenario 'no-such-scenario'; allowed: acquisition-focus")]
    [InlineData("{\"scenario\":\"../../etc/passwd\"}", "Unknown scenario '../../etc/passwd'")]
    [InlineData("{\"scenario\":\"/work/main/scenarios/baseline.json\"}", "Unknown scenario")]
    [InlineData("{}", "Unknown scenario ''")]
    [InlineData("{\"scenario\":\"baseline\",\"customers\":5000000}", "customers 5000000 is out of range; allowed: 100 to 20000.")]
    [InlineData("{\"scenario\":\"baseline\",\"customers\":5}", "customers 5 is out of range")]
    [InlineData("{\"scenario\":\"baseline\",\"weeks\":0}", "weeks 0 is out of range; allowed: 1 to 520.")]
    [InlineData("{\"scenario\":\"baseline\",\"weeks\":100000}", "weeks 100000 is out of range")]
    [InlineData("{\"scenario\":\"baseline\",\"paceMilliseconds\":-1}", "paceMilliseconds -1 is out of range; allowed: 0 to 2000.")]
    [InlineData("{\"scenario\":\"baseline\",\"customers\":\"many\"}", "not valid JSON for this request at $.customers")]
    [InlineData("{\"scenario\":\"baseline\",", "not valid JSON")]
    [InlineData("[1,2,3]", "not valid JSON")]
    [InlineData("", "The request body is empty")]
    [InlineData("null", "The request body is null")]
    public async Task Bad_session_requests_are_refused_with_a_sentence(string body, string expected)
    {
        var (status, error) = await SendAsync(HttpMethod.Post, "api/sessions", body);

        Assert.Equal(400, status);
        Assert.Contains(expected, error);
    }

    [Fact]
    public async Task An_oversized_body_is_refused()
    {
        var (status, error) = await SendAsync(HttpMethod.Post, "api/sessions", "{\"scenario\":\"" + new string('x', 20_000) + "\"}");

        Assert.Equal(400, status);
        Assert.Contains("at most 16384 are accepted", error);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Unknown_sessions_arms_levers_and_customers_get_404_or_400()
    {
        var view = await explorer.NewSessionAsync(weeks: 4);
        var id = view.Id;

        Assert.Equal(404, (await SendAsync(HttpMethod.Get, "api/sessions/nope")).Status);
        Assert.Contains("No session 'nope'", (await SendAsync(HttpMethod.Post, "api/sessions/nope/start")).Error);
        var arm = await SendAsync(HttpMethod.Put, $"api/sessions/{id}/arms/C/levers/serviceEffort", "{\"value\":0.5}");
        Assert.Equal((404, "Unknown arm 'C'; allowed: A."), arm);
        var lever = await SendAsync(HttpMethod.Put, $"api/sessions/{id}/arms/A/levers/happiness", "{\"value\":0.5}");
        Assert.Equal(404, lever.Status);
        Assert.Contains("Unknown lever 'happiness'; allowed: acquisitionFocus,", lever.Error);
        Assert.Equal((400, "value for serviceEffort must be a number from 0 to 1 (effort 0-1)."), await SendAsync(HttpMethod.Put, $"api/sessions/{id}/arms/A/levers/serviceEffort", "{\"value\":7}"));
        Assert.Equal(400, (await SendAsync(HttpMethod.Put, $"api/sessions/{id}/arms/A/levers/serviceEffort", "{}")).Status);
        Assert.Equal(400, (await SendAsync(HttpMethod.Put, $"api/sessions/{id}/arms/A/levers/serviceEffort", "{\"value\":\"high\"}")).Status);
        Assert.Equal(400, (await SendAsync(HttpMethod.Get, $"api/sessions/{id}?since=-3")).Status);
        Assert.Equal(400, (await SendAsync(HttpMethod.Put, $"api/sessions/{id}/pace", "{\"value\":2.5}")).Status);
        Assert.Equal((409, "No week has run yet; start or step first."), await SendAsync(HttpMethod.Get, $"api/sessions/{id}/arms/A/customers/3"));
        Assert.Equal((409, "No week has run yet; start or step first."), await SendAsync(HttpMethod.Get, $"api/sessions/{id}/arms/A/metrics.csv"));

        await explorer.PostAsync(id, "step");
        Assert.Equal((400, "customer '300' is not an id; allowed: 0 to 299."), await SendAsync(HttpMethod.Get, $"api/sessions/{id}/arms/A/customers/300"));
        Assert.Equal(400, (await SendAsync(HttpMethod.Get, $"api/sessions/{id}/arms/A/customers/-1")).Status);
        Assert.Equal(400, (await SendAsync(HttpMethod.Get, $"api/sessions/{id}/arms/A/leaver?pick=x")).Status);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Controls_that_do_not_fit_the_state_get_409()
    {
        var view = await explorer.NewSessionAsync(weeks: 300, pace: 200);
        await explorer.PostAsync(view.Id, "start");

        var (status, error) = await SendAsync(HttpMethod.Post, $"api/sessions/{view.Id}/step");
        Assert.Equal((409, "Not possible while the session is running."), (status, error));
        Assert.Equal(409, (await SendAsync(HttpMethod.Post, $"api/sessions/{view.Id}/start")).Status);
        await explorer.PostAsync(view.Id, "pause");
        Assert.Equal(204, (await SendAsync(HttpMethod.Delete, $"api/sessions/{view.Id}")).Status);
        Assert.Equal(404, (await SendAsync(HttpMethod.Get, $"api/sessions/{view.Id}")).Status);
    }

    [Fact]
    public async Task The_server_keeps_working_after_bad_requests()
    {
        for (var i = 0; i < 5; i++)
        {
            await SendAsync(HttpMethod.Post, "api/sessions", "{{{{");
        }

        Assert.Equal(HttpStatusCode.OK, (await explorer.Http.GetAsync("api/levers")).StatusCode);
    }

    [Fact]
    public async Task Unknown_lessons_replicates_out_of_range_and_sessions_without_a_lesson_are_refused()
    {
        Assert.Equal((400, "Unknown lesson 'nope'; allowed: acquisition-focus, closing-the-loop, data-harvesting, effortless-service, empathy, ignored-feedback, lock-in, prevention."),
            await SendAsync(HttpMethod.Post, "api/sessions", "{\"lesson\":\"nope\"}"));
        Assert.Equal((400, "replicates 11 is out of range; allowed: 1 to 10."),
            await SendAsync(HttpMethod.Post, "api/sessions", "{\"scenario\":\"baseline\",\"replicates\":11}"));
        var view = await explorer.NewSessionAsync(customers: 100, weeks: 2);
        var (status, error) = await SendAsync(HttpMethod.Get, $"api/sessions/{view.Id}/lesson");
        Assert.Equal(404, status);
        Assert.StartsWith($"Session '{view.Id}' was not made for a lesson", error, StringComparison.Ordinal);
        Assert.Equal(404, (await SendAsync(HttpMethod.Get, $"api/sessions/{view.Id}/arms/C/population")).Status);
    }
}
