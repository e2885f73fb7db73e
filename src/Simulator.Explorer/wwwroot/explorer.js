"use strict";
// The explorer page: sets up a session, drives it, polls its weeks and draws them.
(() => {
  const $ = id => document.getElementById(id);
  const armColours = { A: "#1f5fa8", B: "#c2571a" };
  const responseColour = "#8e44ad";
  const noResponses = $("response-list").textContent.trim();
  const state = { session: null, levers: [], limits: null, scenarios: [], points: { A: [], B: [] }, polling: false, timer: null };

  const charts = {
    retention: new LineChart($("chart-retention"), { yMin: 0, yMax: 100, yFormat: v => v.toFixed(0) }),
    nps: new LineChart($("chart-nps"), {}),
    feelings: new LineChart($("chart-feelings"), { yMin: 0, yMax: 1 }),
    stages: new LineChart($("chart-stages"), { yMin: 0 }),
    profit: new LineChart($("chart-profit"), { yFormat: v => Math.round(v).toLocaleString("en") }),
  };

  async function api(method, path, body) {
    const response = await fetch(path, {
      method,
      headers: body === undefined ? {} : { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const data = text && response.headers.get("Content-Type")?.includes("json") ? JSON.parse(text) : text;
    if (!response.ok) {
      throw new Error(data && data.detail ? data.detail : `${method} ${path}: ${response.status}`);
    }
    return data;
  }

  function say(message) { $("message").textContent = message || ""; }

  // Changes reach the server one at a time, in the order they were made: a lever moved just before
  // Start is applied before the run starts, and a change made while a new session is being created
  // goes to the new session (the path is read when the change is sent, not when it is made).
  let changes = Promise.resolve();
  function serial(action) {
    const next = changes.then(action);
    changes = next.catch(() => {});
    return next;
  }

  async function guarded(action) {
    try { say(""); await action(); } catch (e) { say(e.message); }
  }

  function format(value) {
    if (Math.abs(value) >= 100 || Number.isInteger(value)) { return String(Math.round(value * 100) / 100); }
    return value.toPrecision(3).replace(/\.?0+$/, "");
  }

  // --- levers -------------------------------------------------------------------------------

  function buildLevers(arms) {
    const aside = $("levers");
    aside.replaceChildren();
    aside.classList.toggle("two", arms.length > 1);
    const heading = document.createElement("h2");
    heading.textContent = `Policy levers of ${state.session.brand}` + (arms.length > 1 ? " (A and B)" : "");
    aside.append(heading);
    for (const lever of state.levers) {
      const box = document.createElement("div");
      box.className = "lever";
      box.innerHTML = `<div><span class="name"></span> <span class="unit"></span></div>`;
      box.querySelector(".name").textContent = lever.name;
      box.querySelector(".unit").textContent = `${format(lever.min)} to ${format(lever.max)}, ${lever.unit}`;
      for (const arm of arms) {
        const row = document.createElement("div");
        row.className = "slider";
        const label = document.createElement("span");
        label.className = `arm ${arm}`;
        label.textContent = arms.length > 1 ? arm : "";
        const input = document.createElement("input");
        input.type = "range";
        input.min = lever.min;
        input.max = lever.max;
        input.step = "any";
        input.id = `lever-${arm}-${lever.name}`;
        input.dataset.testid = `lever-${arm}-${lever.name}`;
        input.setAttribute("aria-label", `${lever.name} (${arm})`);
        const output = document.createElement("output");
        input.addEventListener("input", () => { output.textContent = format(Number(input.value)); });
        input.addEventListener("change", () => guarded(() => serial(async () => {
          const view = await api("PUT", `/api/sessions/${state.session.id}/arms/${arm}/levers/${lever.name}`, { value: Number(input.value) });
          applyView(view);
        })));
        row.append(label, input, output);
        box.append(row);
      }
      const details = document.createElement("details");
      details.innerHTML = "<summary>What it does, and the source</summary><p class=effect></p><p class=source></p>";
      details.querySelector(".effect").textContent = lever.effect;
      details.querySelector(".source").textContent = "Source: " + lever.source;
      box.append(details);
      aside.append(box);
    }
  }

  function showLeverValues(view) {
    for (const arm of view.arms) {
      if (!arm.levers) { continue; }
      for (const [name, value] of Object.entries(arm.levers)) {
        const input = $(`lever-${arm.name}-${name}`);
        if (input && document.activeElement !== input) {
          input.value = value;
          input.nextElementSibling.textContent = format(value);
        }
      }
    }
  }

  // --- session --------------------------------------------------------------------------------

  async function newSession() {
    stopPolling();
    if (state.session) {
      api("DELETE", `/api/sessions/${state.session.id}`).catch(() => {});
    }
    const body = {
      scenario: $("scenario").value,
      customers: Number($("customers").value),
      weeks: Number($("weeks").value),
      seed: $("seed").value === "" ? null : Number($("seed").value),
      compare: $("compare").checked,
      paceMilliseconds: Number($("pace").value),
    };
    const view = await api("POST", "/api/sessions", body);
    state.session = view;
    state.points = { A: [], B: [] };
    buildLevers(view.arms.map(a => a.name));
    $("story-arm").replaceChildren(...view.arms.map(a => new Option(a.name, a.name)));
    $("story-arm-label").hidden = view.arms.length < 2;
    applyView(view);
    startPolling();
  }

  function applyView(view) {
    state.session = view;
    for (const arm of view.arms) {
      const points = state.points[arm.name];
      for (const p of arm.points) { points[p.week] = p; }
    }
    showLeverValues(view);
    const status = $("status");
    status.textContent = `${view.scenario}, ${view.customers.toLocaleString("en")} customers, seed ${view.seed}: week ${view.week} of ${view.weeks}, ${view.status}`;
    status.dataset.week = String(view.week);
    status.dataset.state = view.status;
    if (view.status === "failed") { say(view.error); }
    $("start").disabled = !["ready", "paused"].includes(view.status);
    $("step").disabled = !["ready", "paused"].includes(view.status);
    $("pause").disabled = view.status !== "running";
    $("reset").disabled = view.status === "preparing";
    drawCharts(view);
    drawResponses(view);
    drawDownloads(view);
    if (["preparing", "running"].includes(view.status)) { startPolling(); }
  }

  function drawCharts(view) {
    const arms = view.arms.map(a => a.name);
    const markers = [
      ...view.arms.flatMap(a => a.interventions.map(i => ({ week: i.week, color: armColours[a.name] }))),
      ...view.arms.flatMap(a => a.responses.map(r => ({ week: r.effectiveWeek, color: responseColour }))),
    ];
    const series = (label, colour, pick) => arms.map(arm => ({
      label, color: colour, dashed: arm === "B", values: state.points[arm].map(p => (p ? pick(p) : NaN)),
    }));
    const weeks = view.weeks;
    charts.retention.draw(series("retention", "#1f5fa8", p => 100 * p.retention), markers, weeks);
    charts.nps.draw([
      ...series("NPS", "#1f5fa8", p => p.nps),
      ...series("promoters %", "#2a9d3c", p => 100 * p.promoters),
      ...series("detractors %", "#c0392b", p => 100 * p.detractors),
    ], markers, weeks);
    charts.feelings.draw([
      ...series("trust", "#1f5fa8", p => p.trust),
      ...series("satisfaction", "#7b4fa0", p => p.satisfaction),
      ...series("joy", "#2a9d3c", p => p.joy),
      ...series("anger", "#c0392b", p => p.anger),
    ], markers, weeks);
    charts.stages.draw([
      ...series("prospects", "#999999", p => p.prospects),
      ...series("considering", "#d4a017", p => p.considering),
      ...series("customers", "#1f5fa8", p => p.onboarding + p.active),
      ...series("churned", "#c0392b", p => p.churned),
    ], markers, weeks);
    // Cumulative profit: each arm's weekly profits added up from week 0 (the points arrive in order, without gaps).
    charts.profit.draw(arms.map(arm => {
      let total = 0;
      return { label: "cumulative profit", color: "#2a9d3c", dashed: arm === "B", values: state.points[arm].map(p => (p ? (total += p.profit) : NaN)) };
    }), markers, weeks);
  }

  // The brands' responses, newest last; each item says which arm saw it when A and B are compared.
  function drawResponses(view) {
    const responses = view.arms.flatMap(a => a.responses.map(r => ({ arm: a.name, ...r })));
    const list = $("response-list");
    if (responses.length === 0) {
      const li = document.createElement("li");
      li.textContent = noResponses;
      list.replaceChildren(li);
      return;
    }
    list.replaceChildren(...responses.map(r => {
      const li = document.createElement("li");
      li.dataset.week = String(r.effectiveWeek);
      li.textContent = `${view.arms.length > 1 ? r.arm + ": " : ""}week ${r.decidedWeek} → ${r.effectiveWeek}, ${r.brand} (${r.rule}): ${r.reason}`;
      return li;
    }));
  }

  function drawDownloads(view) {
    const box = $("download-links");
    box.replaceChildren();
    if (view.week === 0) {
      box.textContent = "Run at least one week to download its CSV and report.";
      return;
    }
    for (const arm of view.arms) {
      for (const [file, text] of [["metrics.csv", "metrics.csv"], ["report.zip", "report (charts, CSV, HTML)"]]) {
        const a = document.createElement("a");
        a.href = `/api/sessions/${view.id}/arms/${arm.name}/${file}`;
        a.textContent = view.arms.length > 1 ? `${arm.name}: ${text}` : text;
        a.dataset.testid = `download-${arm.name}-${file}`;
        box.append(a);
      }
    }
  }

  // --- polling --------------------------------------------------------------------------------

  function firstMissing(points) {
    for (let i = 0; i < points.length; i++) { if (!points[i]) { return i; } }
    return points.length;
  }

  function startPolling() {
    if (state.polling) { return; }
    state.polling = true;
    const tick = async () => {
      if (!state.session) { state.polling = false; return; }
      try {
        // From the first week some arm still lacks: the arms of a comparison may stand a week apart in a view.
        const since = Math.min(...state.session.arms.map(a => firstMissing(state.points[a.name])));
        const view = await api("GET", `/api/sessions/${state.session.id}?since=${since}`);
        applyView(view);
        if (!["preparing", "running"].includes(view.status)) { state.polling = false; return; }
      } catch (e) {
        say(e.message);
        state.polling = false;
        return;
      }
      state.timer = setTimeout(tick, 200);
    };
    state.timer = setTimeout(tick, 100);
  }

  function stopPolling() {
    clearTimeout(state.timer);
    state.polling = false;
  }

  async function control(action) {
    const view = await api("POST", `/api/sessions/${state.session.id}/${action}`);
    if (action === "reset") { state.points = { A: [], B: [] }; }
    applyView(view);
  }

  async function tell(path) {
    $("story-text").textContent = "Reading their life…";
    const story = await api("GET", path);
    $("customer").value = story.customer;
    $("story-text").textContent = `Customer ${story.customer}, arm ${story.arm}, ${story.weeks} weeks:\n\n` + story.lines.join("\n");
  }

  // --- start-up -------------------------------------------------------------------------------

  function showScenario() {
    const scenario = state.scenarios.find(s => s.name === $("scenario").value);
    $("scenario-description").textContent = scenario ? scenario.description : "";
    if (scenario) { $("weeks").value = Math.min(scenario.weeks, state.limits.maxWeeks); }
  }

  async function init() {
    [state.scenarios, state.levers, state.limits] = await Promise.all([api("GET", "/api/scenarios"), api("GET", "/api/levers"), api("GET", "/api/limits")]);
    $("scenario").replaceChildren(...state.scenarios.map(s => new Option(s.name, s.name)));
    $("scenario").value = state.scenarios.some(s => s.name === "baseline") ? "baseline" : state.scenarios[0].name;
    $("customers").value = state.limits.defaultCustomers;
    $("customers").min = state.limits.minCustomers;
    $("customers").max = state.limits.maxCustomers;
    $("weeks").max = state.limits.maxWeeks;
    $("pace").max = state.limits.maxPaceMilliseconds;
    $("pace").value = state.limits.defaultPaceMilliseconds;
    $("pace-value").textContent = `${$("pace").value} ms/week`;
    showScenario();

    $("scenario").addEventListener("change", showScenario);
    $("setup").addEventListener("submit", e => { e.preventDefault(); guarded(() => serial(newSession)); });
    $("start").addEventListener("click", () => guarded(() => serial(() => control("start"))));
    $("pause").addEventListener("click", () => guarded(() => serial(() => control("pause"))));
    $("step").addEventListener("click", () => guarded(() => serial(() => control("step"))));
    $("reset").addEventListener("click", () => guarded(() => serial(() => control("reset"))));
    $("pace").addEventListener("input", () => { $("pace-value").textContent = `${$("pace").value} ms/week`; });
    $("pace").addEventListener("change", () => guarded(() => serial(async () => {
      if (state.session) { applyView(await api("PUT", `/api/sessions/${state.session.id}/pace`, { value: Number($("pace").value) })); }
    })));
    $("explain").addEventListener("click", () => guarded(() =>
      tell(`/api/sessions/${state.session.id}/arms/${$("story-arm").value || "A"}/customers/${Number($("customer").value)}`)));
    $("leaver").addEventListener("click", () => guarded(() =>
      tell(`/api/sessions/${state.session.id}/arms/${$("story-arm").value || "A"}/leaver?pick=${Math.floor(Math.random() * 1e9)}`)));
    await serial(newSession);
  }

  guarded(init);
})();
