"use strict";
// The population view: every customer of replicate 0 as a dot on a canvas, laid out along a Hilbert
// curve so that ring neighbours of the small-world network (ids i and i +/- 1, 2, ...) sit next to each
// other, coloured by an attribute, with the week's word of mouth drawn as arcs that fade. Hand-written
// on a 2D canvas: at 20,000 dots fillRect batches by colour draw in a few milliseconds, and no
// library or CDN is needed.
window.PopulationView = class PopulationView {
  constructor(canvas, legend, tooltip) {
    this.canvas = canvas;
    this.legend = legend;
    this.tooltip = tooltip;
    this.frame = null;
    this.attribute = "brand";
    this.arcsBorn = 0;
    this.arcMilliseconds = 1600;
    this.frameTimes = [];
    this.drawnDots = 0;
    this.drawnArcs = 0;
    this.onPick = null;
    this.animating = false;
    canvas.addEventListener("mousemove", e => this.hover(e));
    canvas.addEventListener("mouseleave", () => { this.tooltip.hidden = true; });
    canvas.addEventListener("click", e => {
      const id = this.customerAtEvent(e);
      if (id >= 0 && this.onPick) { this.onPick(id); }
    });
  }

  // Hilbert curve: the position of step d on a side x side grid (side a power of two).
  static hilbert(side, d) {
    let x = 0, y = 0;
    for (let s = 1, t = d; s < side; s *= 2, t = Math.floor(t / 4)) {
      const rx = 1 & (t / 2), ry = 1 & (t ^ rx);
      if (ry === 0) {
        if (rx === 1) { x = s - 1 - x; y = s - 1 - y; }
        [x, y] = [y, x];
      }
      x += s * rx;
      y += s * ry;
    }
    return [x, y];
  }

  layout(customers) {
    if (this.customers === customers) { return; }
    this.customers = customers;
    let side = 1;
    while (side * side < customers) { side *= 2; }
    this.side = side;
    this.cell = this.canvas.width / side;
    this.x = new Float32Array(customers);
    this.y = new Float32Array(customers);
    this.at = new Int32Array(side * side).fill(-1);
    const steps = side * side;
    for (let i = 0; i < customers; i++) {
      // Spread evenly along the whole curve, so the dots fill the square whatever their number.
      const d = Math.floor(i * steps / customers);
      const [cx, cy] = PopulationView.hilbert(side, d);
      this.x[i] = (cx + 0.5) * this.cell;
      this.y[i] = (cy + 0.5) * this.cell;
      this.at[cy * side + cx] = i;
    }
    // The dot covers the cells between it and the next dot along the curve.
    this.dot = Math.max(1.5, Math.min(this.cell * 0.9 * Math.sqrt(steps / customers), this.cell * 1.8));
  }

  setFrame(view) {
    this.layout(view.customers);
    const columns = {};
    for (const [name, text] of Object.entries(view.columns)) {
      const raw = atob(text);
      const bytes = new Uint8Array(raw.length);
      for (let i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
      columns[name] = bytes;
    }
    const fresh = !this.frame || this.frame.week !== view.week || this.frame.arm !== view.arm;
    this.frame = { ...view, columns };
    this.attributes = Object.fromEntries(view.attributes.map(a => [a.name, a]));
    if (fresh) { this.arcsBorn = performance.now(); }
    this.drawLegend();
    this.animate();
  }

  setAttribute(name) {
    this.attribute = name;
    this.drawLegend();
    this.draw(performance.now());
  }

  // The colour of each value of the current attribute: [byte -> css colour].
  palette() {
    const a = this.attributes && this.attributes[this.attribute];
    if (!a) { return () => "#ccc"; }
    const none = "#e3e3e3";
    const named = {
      stage: { Prospect: "#cfcfcf", Considering: "#d4a017", Onboarding: "#7fb3e6", Active: "#1f5fa8", Churned: "#c0392b" },
      churnReason: { None: "#dcdcdc", Dissatisfied: "#c0392b", SwitchedToCompetitor: "#8e44ad", NeedEnded: "#8a8a8a" },
    };
    if (a.kind === "category") {
      const brands = ["#1f5fa8", "#c2571a", "#2a9d3c", "#8e44ad", "#b8860b", "#17a2b8", "#6c757d", "#e83e8c"];
      const colours = a.categories.map((c, i) => (named[a.name] && named[a.name][c]) || brands[i % brands.length]);
      return v => (v === a.none || v >= colours.length ? none : colours[v]);
    }
    if (a.name === "likelihood") {
      return v => (v === a.none ? none : v >= 9 ? "#2a9d3c" : v >= 7 ? "#e0b000" : "#c0392b");
    }
    const ends = { trust: [[235, 235, 235], [31, 95, 168]], anger: [[245, 235, 235], [192, 20, 20]], joy: [[235, 242, 235], [30, 150, 50]] }[a.name] || [[235, 235, 235], [0, 0, 0]];
    const shades = [];
    for (let k = 0; k <= 10; k++) {
      const c = ends[0].map((lo, j) => Math.round(lo + (ends[1][j] - lo) * k / 10));
      shades.push(`rgb(${c[0]},${c[1]},${c[2]})`);
    }
    return v => (v === a.none ? none : shades[Math.round(10 * Math.min(v, a.max) / a.max)]);
  }

  colourOf(id) {
    return this.palette()(this.frame.columns[this.attribute][id]);
  }

  drawLegend() {
    const a = this.attributes && this.attributes[this.attribute];
    if (!a) { return; }
    const colour = this.palette();
    const items = a.kind === "category"
      ? a.categories.map((c, i) => [c, colour(i)])
      : a.name === "likelihood"
        ? [["detractor 0-6", colour(0)], ["passive 7-8", colour(7)], ["promoter 9-10", colour(9)]]
        : [0, 0.25, 0.5, 0.75, 1].map(f => [f.toFixed(2), colour(Math.round(f * a.max))]);
    items.push(["not applicable", "#e3e3e3"]);
    const swatch = (kind, label, c) => {
      const span = document.createElement("span");
      span.className = kind;
      span.innerHTML = "<i></i>";
      span.firstChild.style.background = c;
      span.append(label);
      return span;
    };
    const arcs = [["recommendation", "#2a9d3c"], ["warning", "#c0392b"], ["revenge", "#7b1fa2"]];
    this.legend.replaceChildren(...items.map(([label, c]) => swatch("swatch", label, c)), ...arcs.map(([label, c]) => swatch("swatch arc", label, c)));
    this.legend.title = a.description;
  }

  animate() {
    if (this.animating) { return; }
    this.animating = true;
    const step = now => {
      this.draw(now);
      if (now - this.arcsBorn < this.arcMilliseconds) {
        requestAnimationFrame(step);
      } else {
        this.animating = false;
      }
    };
    requestAnimationFrame(step);
  }

  // The dots of a week and attribute, painted once into an off-screen canvas: an animation frame then
  // copies them in one drawImage and adds the arcs.
  paintDots() {
    const started = performance.now();
    if (!this.dotLayer) {
      this.dotLayer = document.createElement("canvas");
      this.dotLayer.width = this.canvas.width;
      this.dotLayer.height = this.canvas.height;
    }
    const ctx = this.dotLayer.getContext("2d");
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, this.dotLayer.width, this.dotLayer.height);
    const values = this.frame.columns[this.attribute];
    const colour = this.palette();
    // One fill colour at a time: a few hundred state changes instead of 20,000.
    const buckets = new Map();
    for (let i = 0; i < this.customers; i++) {
      const v = values[i];
      let list = buckets.get(v);
      if (!list) { list = []; buckets.set(v, list); }
      list.push(i);
    }
    const half = this.dot / 2;
    let dots = 0;
    for (const [v, list] of buckets) {
      ctx.fillStyle = colour(v);
      for (const i of list) { ctx.fillRect(this.x[i] - half, this.y[i] - half, this.dot, this.dot); }
      dots += list.length;
    }
    this.drawnDots = dots;
    this.painted = this.frame;
    this.paintedAttribute = this.attribute;
    this.paintMilliseconds = performance.now() - started;
  }

  draw(now) {
    if (!this.frame) { return; }
    const started = performance.now();
    if (this.painted !== this.frame || this.paintedAttribute !== this.attribute) { this.paintDots(); }
    const ctx = this.canvas.getContext("2d");
    ctx.drawImage(this.dotLayer, 0, 0);
    const dots = this.drawnDots;

    const age = now - this.arcsBorn;
    const arcs = this.frame.arcs;
    let drawn = 0;
    if (age < this.arcMilliseconds && arcs.length > 0) {
      const alpha = 1 - age / this.arcMilliseconds;
      const styles = ["rgba(42,157,60,", "rgba(192,57,43,", "rgba(123,31,162,"];
      for (let kind = 0; kind < 3; kind++) {
        ctx.strokeStyle = styles[kind] + alpha.toFixed(3) + ")";
        ctx.lineWidth = kind === 2 ? 2 : 1.2;
        ctx.beginPath();
        for (let k = 0; k < arcs.length; k += 4) {
          if (arcs[k + 2] !== kind) { continue; }
          const s = arcs[k], r = arcs[k + 1];
          const x0 = this.x[s], y0 = this.y[s], x1 = this.x[r], y1 = this.y[r];
          // A curve bowed to one side, so that arcs between the same dots both ways stay apart.
          const mx = (x0 + x1) / 2 - (y1 - y0) * 0.2, my = (y0 + y1) / 2 + (x1 - x0) * 0.2;
          ctx.moveTo(x0, y0);
          ctx.quadraticCurveTo(mx, my, x1, y1);
          drawn++;
        }
        ctx.stroke();
      }
    }
    this.drawnArcs = drawn;
    const took = performance.now() - started;
    this.frameTimes.push(took);
    if (this.frameTimes.length > 240) { this.frameTimes.shift(); }
    this.canvas.dataset.dots = String(dots);
    this.canvas.dataset.week = String(this.frame.week);
    this.canvas.dataset.arcs = String(arcs.length / 4);
  }

  customerAt(px, py) {
    if (!this.frame) { return -1; }
    const cx = Math.floor(px / this.cell), cy = Math.floor(py / this.cell);
    let best = -1, bestDistance = Infinity;
    // The nearest dot within two cells: the layout leaves empty cells between dots.
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        const x = cx + dx, y = cy + dy;
        if (x < 0 || y < 0 || x >= this.side || y >= this.side) { continue; }
        const id = this.at[y * this.side + x];
        if (id < 0) { continue; }
        const distance = (this.x[id] - px) ** 2 + (this.y[id] - py) ** 2;
        if (distance < bestDistance) { best = id; bestDistance = distance; }
      }
    }
    return best;
  }

  customerAtEvent(e) {
    const box = this.canvas.getBoundingClientRect();
    const scale = this.canvas.width / box.width;
    return this.customerAt((e.clientX - box.left) * scale, (e.clientY - box.top) * scale);
  }

  describe(id) {
    const f = this.frame, c = f.columns, a = this.attributes;
    const category = (name, v) => (v === a[name].none ? "none" : a[name].categories[v]);
    const scale = (name, v) => (v === a[name].none ? "n/a" : (v / a[name].max).toFixed(2));
    const ltr = c.likelihood[id] === a.likelihood.none ? "n/a" : String(c.likelihood[id]);
    return `Customer ${id} (week ${f.week}): ${category("brand", c.brand[id])}, ${category("stage", c.stage[id])}; `
      + `trust ${scale("trust", c.trust[id])}, anger ${scale("anger", c.anger[id])}, joy ${scale("joy", c.joy[id])}, `
      + `likelihood to recommend ${ltr}, last churn reason ${category("churnReason", c.churnReason[id])}. Click for the story.`;
  }

  hover(e) {
    const id = this.customerAtEvent(e);
    if (id < 0) { this.tooltip.hidden = true; return; }
    this.tooltip.textContent = this.describe(id);
    this.tooltip.hidden = false;
    this.tooltip.dataset.customer = String(id);
  }
};
