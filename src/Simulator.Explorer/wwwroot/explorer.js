"use strict";
// The explorer page: sets up a session, drives it, follows its weeks as server-sent events and draws
// them: the charts, the customers themselves, the brands' responses and, for a lesson, its outcome.
(() => {
  const $ = id => document.getElementById(id);
  const armColours = { A: "#1f5fa8", B: "#c2571a" };
  const brandColours = ["#1f5fa8", "#c2571a", "#2a9d3c", "#8e44ad", "#b8860b", "#17a2b8"];
  const responseColour = "#8e44ad";
  const noResponses = $("response-list").textContent.trim();
  const noOutcome = $("lesson-outcome").innerHTML;
  const state = {
    session: null, levers: [], limits: null, scenarios: [], lessons: [], attributes: [],
    points: { A: [], B: [] }, bands: { A: [], B: [] }, events: null, brand: 0, lastWeek: 0, version: -1, resets: 0,
    population: { busy: false, wanted: false, shown: null }, outcomeShown: null,
  };

  const charts = {
    retention: new LineChart($("chart-retention"), { yMin: 0, yMax: 100, yFormat: v => v.toFixed(0) }),
    nps: new LineChart($("chart-nps"), {}),
    feelings: new LineChart($("chart-feelings"), { yMin: 0, yMax: 1 }),
    stages: new LineChart($("chart-stages"), { yMin: 0 }),
    profit: new LineChart($("chart-profit"), { yFormat: v => Math.round(v).toLocaleString("en") }),
    brands: new LineChart($("chart-brands"), { yMin: 0 }),
  };
  const population = new PopulationView($("population-canvas"), $("population-legend"), $("population-tooltip"));
  window.cxsimPopulation = population;

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

  // --- levers: every brand's, one brand shown at a time ------------------------------------------

  function buildLevers(arms, brands) {
    const aside = $("levers");
    aside.replaceChildren();
    aside.classList.toggle("two", arms.length > 1);
    const heading = document.createElement("h2");
    heading.textContent = "Policy levers" + (arms.length > 1 ? " (A and B)" : "");
    const tabs = document.createElement("div");
    tabs.className = "brand-tabs";
    aside.append(heading, tabs);
    state.brand = 0;
    brands.forEach((brand, b) => {
      const tab = document.createElement("button");
      tab.type = "button";
      tab.textContent = brand;
      tab.dataset.testid = `brand-tab-${b}`;
      tab.addEventListener("click", () => showBrand(b));
      tabs.append(tab);
      const box = document.createElement("div");
      box.className = "brand-levers";
      box.dataset.brand = String(b);
      for (const lever of state.levers) { box.append(leverBox(lever, arms, b, brand)); }
      aside.append(box);
    });
    showBrand(0);
  }

  function showBrand(b) {
    state.brand = b;
    document.querySelectorAll(".brand-levers").forEach(box => { box.hidden = box.dataset.brand !== String(b); });
    document.querySelectorAll(".brand-tabs button").forEach((tab, i) => tab.classList.toggle("selected", i === b));
  }

  function leverBox(lever, arms, b, brand) {
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
      input.id = `lever-${arm}-${b}-${lever.name}`;
      input.dataset.testid = input.id;
      input.setAttribute("aria-label", `${lever.name} of ${brand} (${arm})`);
      const output = document.createElement("output");
      input.addEventListener("input", () => { output.textContent = format(Number(input.value)); });
      input.addEventListener("change", () => guarded(() => serial(async () => {
        applyView(await api("PUT", `/api/sessions/${state.session.id}/arms/${arm}/brands/${b}/levers/${lever.name}`, { value: Number(input.value) }));
      })));
      row.append(label, input, output);
      box.append(row);
    }
    const details = document.createElement("details");
    details.innerHTML = "<summary>What it does, and the source</summary><p class=effect></p><p class=source></p>";
    details.querySelector(".effect").textContent = lever.effect;
    details.querySelector(".source").textContent = "Source: " + lever.source;
    box.append(details);
    return box;
  }

  function showLeverValues(view) {
    for (const arm of view.arms) {
      (arm.brands || []).forEach((brand, b) => {
        for (const [name, value] of Object.entries(brand.levers)) {
          const input = $(`lever-${arm.name}-${b}-${name}`);
          if (input && document.activeElement !== input) {
            input.value = value;
            input.nextElementSibling.textContent = format(value);
          }
        }
      });
    }
  }

  // --- session ------------------------------------------------------------------------------------

  async function begin(body) {
    closeEvents();
    if (state.session) {
      api("DELETE", `/api/sessions/${state.session.id}`).catch(() => {});
    }
    const view = await api("POST", "/api/sessions", body);
    state.session = view;
    state.points = { A: [], B: [] };
    state.bands = { A: [], B: [] };
    state.lastWeek = 0;
    state.version = -1;
    state.resets = view.resets;
    state.population.shown = null;
    state.outcomeShown = null;
    buildLevers(view.arms.map(a => a.name), view.brands);
    const armOptions = () => view.arms.map(a => new Option(a.name, a.name));
    $("story-arm").replaceChildren(...armOptions());
    $("story-arm-label").hidden = view.arms.length < 2;
    $("population-arm").replaceChildren(...armOptions());
    $("population-arm-label").hidden = view.arms.length < 2;
    showLesson(view);
    applyView(view);
    openEvents();
  }

  function newSession() {
    return begin({
      scenario: $("scenario").value,
      customers: Number($("customers").value),
      weeks: Number($("weeks").value),
      seed: $("seed").value === "" ? null : Number($("seed").value),
      compare: $("compare").checked,
      paceMilliseconds: Number($("pace").value),
      replicates: Number($("replicates").value) || 1,
    });
  }

  function newLesson() {
    const lesson = state.lessons.find(l => l.name === $("lesson").value);
    if (!lesson) { throw new Error("Pick a lesson first."); }
    $("colour-by").value = lesson.colourBy;
    population.setAttribute(lesson.colourBy);
    return begin({ lesson: lesson.name, paceMilliseconds: Number($("pace").value) });
  }

  function applyView(view) {
    if (!state.session || view.id !== state.session.id || view.resets < state.resets) { return; }
    if (view.resets > state.resets) {
      // A reset: the weeks start again from 0.
      state.points = { A: [], B: [] };
      state.bands = { A: [], B: [] };
      state.outcomeShown = null;
      $("lesson-outcome").innerHTML = noOutcome;
      delete $("lesson-outcome").dataset.shown;
      state.population.shown = null;
      state.resets = view.resets;
      state.version = -1;
    }
    for (const arm of view.arms) {
      for (const p of arm.points) { state.points[arm.name][p.week] = p; }
      for (const b of arm.bands) { state.bands[arm.name][b.week] = b; }
    }
    // Views can arrive out of order (an answer to a click, an event): the newest one says the state.
    if (view.version < state.version) { return; }
    state.version = view.version;
    state.lastWeek = view.week;
    state.session = view;
    showLeverValues(view);
    const status = $("status");
    const replicates = view.replicates > 1 ? `, ${view.replicates} replicates` : "";
    status.textContent = `${view.lesson ? "lesson " + view.lesson + ": " : ""}${view.scenario}, ${view.customers.toLocaleString("en")} customers${replicates}, seed ${view.seed}: week ${view.week} of ${view.weeks}, ${view.status}`;
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
    refreshPopulation();
    if (view.lesson && view.status === "finished" && state.outcomeShown !== view.id) {
      state.outcomeShown = view.id;
      guarded(showOutcome);
    }
  }

  function drawCharts(view) {
    const arms = view.arms.map(a => a.name);
    const markers = [
      ...view.arms.flatMap(a => a.interventions.map(i => ({ week: i.week, color: armColours[a.name] }))),
      ...view.arms.flatMap(a => a.responses.map(r => ({ week: r.effectiveWeek, color: responseColour }))),
    ];
    const series = (label, colour, pick) => arms.map(arm => {
      const bands = state.bands[arm];
      return {
        label, color: colour, dashed: arm === "B",
        values: state.points[arm].map(p => (p ? pick(p) : NaN)),
        band: bands.length === 0 ? undefined : {
          lower: state.points[arm].map((p, week) => (bands[week] ? pick(bands[week].lower) : NaN)),
          upper: state.points[arm].map((p, week) => (bands[week] ? pick(bands[week].upper) : NaN)),
        },
      };
    });
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
    charts.profit.draw(series("cumulative profit", "#2a9d3c", p => p.cumulativeProfit), markers, weeks);
    charts.brands.draw(view.brands.flatMap((brand, b) => series(brand, brandColours[b % brandColours.length], p => p.brandCustomers[b])), markers, weeks);
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

  // --- live updates: server-sent events -----------------------------------------------------------

  function openEvents() {
    closeEvents();
    const id = state.session.id;
    const events = new EventSource(`/api/sessions/${id}/events?since=0`);
    events.addEventListener("session", e => applyView(JSON.parse(e.data)));
    events.onerror = () => {
      // The browser reconnects by itself; a session that is gone will not come back.
      api("GET", `/api/sessions/${id}?since=${state.lastWeek}`).catch(e => {
        if (state.events === events) { say(e.message); closeEvents(); }
      });
    };
    state.events = events;
  }

  function closeEvents() {
    if (state.events) { state.events.close(); state.events = null; }
  }

  // --- the population -----------------------------------------------------------------------------

  async function refreshPopulation(force) {
    const view = state.session;
    if (!view || view.status === "preparing" || view.status === "failed") { return; }
    const arm = $("population-arm").value || "A";
    const key = `${view.id}/${arm}/${view.week}`;
    if (!force && (!$("population-live").checked || state.population.shown === key)) { return; }
    if (state.population.busy) { state.population.wanted = force ? "force" : (state.population.wanted || true); return; }
    state.population.busy = true;
    try {
      const frame = await api("GET", `/api/sessions/${view.id}/arms/${arm}/population`);
      state.population.shown = key;
      population.setFrame(frame);
      $("population-week").textContent = frame.week < 0 ? "(the settled market before week 0)" : `(end of week ${frame.week}, arm ${frame.arm})`;
    } catch (e) {
      say(e.message);
    } finally {
      state.population.busy = false;
    }
    if (state.population.wanted) {
      const again = state.population.wanted === "force";
      state.population.wanted = false;
      refreshPopulation(again);
    }
  }

  // --- lessons --------------------------------------------------------------------------------------

  function showLesson(view) {
    const panel = $("lesson-panel");
    const lesson = view.lesson ? state.lessons.find(l => l.name === view.lesson) : null;
    panel.hidden = !lesson;
    $("lesson-outcome").innerHTML = noOutcome;
    if (!lesson) { return; }
    $("lesson-title").textContent = `Lesson: ${lesson.title}`;
    $("lesson-claim").textContent = lesson.claim;
    $("lesson-source").textContent = `(${lesson.source})`;
    $("lesson-what").textContent = lesson.whatIsIt;
    $("lesson-how").textContent = lesson.howItWorks;
    $("lesson-notice").replaceChildren(...lesson.thingsToNotice.map(t => Object.assign(document.createElement("li"), { textContent: t })));
    $("lesson-try").replaceChildren(...lesson.thingsToTry.map(t => Object.assign(document.createElement("li"), { textContent: t })));
    $("lesson-extending").textContent = lesson.extending;
    $("lesson-question").textContent = lesson.question;
    $("lesson-answer").value = "";
  }

  async function showOutcome() {
    const view = await api("GET", `/api/sessions/${state.session.id}/lesson`);
    const outcome = view.outcome;
    const box = $("lesson-outcome");
    if (!outcome) { return; }
    const heading = document.createElement("h3");
    heading.textContent = `What happened (week ${outcome.week}, ${outcome.replicates} replicate${outcome.replicates > 1 ? "s" : ""} per arm)`;
    const answer = $("lesson-answer").value.trim();
    const yours = document.createElement("p");
    yours.textContent = answer ? `Your answer: ${answer}` : "";
    const table = document.createElement("table");
    table.innerHTML = "<tr><th>Measure</th><th>A</th><th>B</th><th>B − A</th><th>95% interval</th></tr>";
    const number = v => (v === null || v === undefined ? "n/a" : Math.abs(v) >= 100 ? Math.round(v).toLocaleString("en") : v.toFixed(3));
    for (const m of outcome.measures) {
      const tr = document.createElement("tr");
      tr.dataset.measure = m.measure;
      for (const text of [`${m.label} (${m.unit})`, number(m.a), number(m.b), number(m.difference), m.lower === null ? "n/a" : `${number(m.lower)} to ${number(m.upper)}`]) {
        tr.append(Object.assign(document.createElement("td"), { textContent: text }));
      }
      table.append(tr);
    }
    const verdicts = document.createElement("ul");
    for (const e of outcome.expectations) {
      const li = document.createElement("li");
      li.className = e.verdict;
      li.dataset.verdict = e.verdict;
      li.textContent = e.text;
      verdicts.append(li);
    }
    box.replaceChildren(heading, yours, verdicts, table);
    box.dataset.shown = "true";
  }

  async function control(action) {
    applyView(await api("POST", `/api/sessions/${state.session.id}/${action}`));
  }

  async function tell(path) {
    $("story-text").textContent = "Reading their life…";
    const story = await api("GET", path);
    $("customer").value = story.customer;
    $("story-text").textContent = `Customer ${story.customer}, arm ${story.arm}, ${story.weeks} weeks:\n\n` + story.lines.join("\n");
    $("story-text").dataset.customer = String(story.customer);
  }

  // --- start-up -----------------------------------------------------------------------------------

  function showScenario() {
    const scenario = state.scenarios.find(s => s.name === $("scenario").value);
    $("scenario-description").textContent = scenario ? scenario.description : "";
    if (scenario) { $("weeks").value = Math.min(scenario.weeks, state.limits.maxWeeks); }
  }

  async function init() {
    [state.scenarios, state.levers, state.limits, state.lessons, state.attributes] = await Promise.all(
      ["/api/scenarios", "/api/levers", "/api/limits", "/api/lessons", "/api/population/attributes"].map(path => api("GET", path)));
    $("scenario").replaceChildren(...state.scenarios.map(s => new Option(s.name, s.name)));
    $("scenario").value = state.scenarios.some(s => s.name === "baseline") ? "baseline" : state.scenarios[0].name;
    $("lesson").replaceChildren(new Option("(pick a lesson)", ""), ...state.lessons.map(l => new Option(l.title, l.name)));
    $("colour-by").replaceChildren(...state.attributes.map(a => new Option(a.label, a.name)));
    $("customers").value = state.limits.defaultCustomers;
    $("customers").min = state.limits.minCustomers;
    $("customers").max = state.limits.maxCustomers;
    $("replicates").max = state.limits.maxReplicates;
    $("weeks").max = state.limits.maxWeeks;
    $("pace").max = state.limits.maxPaceMilliseconds;
    $("pace").value = state.limits.defaultPaceMilliseconds;
    $("pace-value").textContent = `${$("pace").value} ms/week`;
    showScenario();

    $("scenario").addEventListener("change", showScenario);
    $("setup").addEventListener("submit", e => { e.preventDefault(); guarded(() => serial(newSession)); });
    $("lesson-setup").addEventListener("submit", e => { e.preventDefault(); guarded(() => serial(newLesson)); });
    $("start").addEventListener("click", () => guarded(() => serial(() => control("start"))));
    $("pause").addEventListener("click", () => guarded(() => serial(() => control("pause"))));
    $("step").addEventListener("click", () => guarded(() => serial(() => control("step"))));
    $("reset").addEventListener("click", () => guarded(() => serial(() => control("reset"))));
    $("pace").addEventListener("input", () => { $("pace-value").textContent = `${$("pace").value} ms/week`; });
    $("pace").addEventListener("change", () => guarded(() => serial(async () => {
      if (state.session) { applyView(await api("PUT", `/api/sessions/${state.session.id}/pace`, { value: Number($("pace").value) })); }
    })));
    $("colour-by").addEventListener("change", () => population.setAttribute($("colour-by").value));
    $("population-arm").addEventListener("change", () => guarded(() => refreshPopulation(true)));
    $("population-live").addEventListener("change", () => guarded(() => refreshPopulation()));
    population.onPick = id => guarded(() => tell(`/api/sessions/${state.session.id}/arms/${$("population-arm").value || "A"}/customers/${id}`));
    $("explain").addEventListener("click", () => guarded(() =>
      tell(`/api/sessions/${state.session.id}/arms/${$("story-arm").value || "A"}/customers/${Number($("customer").value)}`)));
    $("leaver").addEventListener("click", () => guarded(() =>
      tell(`/api/sessions/${state.session.id}/arms/${$("story-arm").value || "A"}/leaver?pick=${Math.floor(Math.random() * 1e9)}`)));
    await serial(newSession);
  }

  guarded(init);
})();
