"use strict";
// A small hand-written line chart on a canvas: no library and no CDN, so the page works offline.
const fixedBounds = options => options.yMin !== undefined && options.yMax !== undefined;
window.LineChart = class LineChart {
  // options: { yMin, yMax (fixed bounds; otherwise from the data), yFormat(value) }
  constructor(canvas, options) {
    this.canvas = canvas;
    this.options = options || {};
  }

  // series: [{ label, color, dashed, values: [y per week], band: { lower: [...], upper: [...] } (optional 95% interval) }];
  // markers: [{ week, color }]; weeks: length of the x axis.
  draw(series, markers, weeks) {
    const ctx = this.canvas.getContext("2d");
    const w = this.canvas.width, h = this.canvas.height;
    const left = 52, right = 12, top = 10, bottom = 48;
    ctx.clearRect(0, 0, w, h);
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, w, h);

    const all = series.flatMap(s => (s.band ? [...s.values, ...s.band.lower, ...s.band.upper] : s.values)).filter(v => Number.isFinite(v));
    let yMin = this.options.yMin, yMax = this.options.yMax;
    if (yMin === undefined) { yMin = all.length ? Math.min(...all) : 0; }
    if (yMax === undefined) { yMax = all.length ? Math.max(...all) : 1; }
    if (yMax - yMin < 1e-9) { yMax = yMin + 1; }
    // Round free bounds outwards to a step of 1, 2, 2.5 or 5 times a power of ten, so the gridlines read well.
    const raw = (yMax - yMin) / 4;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 2.5, 5, 10].map(m => m * power).find(m => m >= raw);
    if (this.options.yMin === undefined) { yMin = Math.floor(yMin / step) * step; }
    if (this.options.yMax === undefined) { yMax = Math.ceil(yMax / step) * step; }
    const lines = Math.round((yMax - yMin) / step);
    const xMax = Math.max(1, weeks);
    const x = week => left + (w - left - right) * week / xMax;
    const y = value => top + (h - top - bottom) * (1 - (value - yMin) / (yMax - yMin));
    const gap = (yMax - yMin) / (fixedBounds(this.options) || lines > 10 ? 4 : lines);
    const decimals = Number.isInteger(gap) ? 0 : gap >= 0.1 ? (Number.isInteger(gap * 10) ? 1 : 2) : 3;
    const format = this.options.yFormat || (v => v.toFixed(decimals));

    ctx.font = "11px 'DejaVu Sans', Arial, sans-serif";
    ctx.strokeStyle = "#e5e5e5";
    ctx.fillStyle = "#555";
    ctx.lineWidth = 1;
    ctx.textAlign = "right";
    ctx.textBaseline = "middle";
    const count = fixedBounds(this.options) || lines > 10 ? 4 : lines;
    for (let i = 0; i <= count; i++) {
      const v = yMin + (yMax - yMin) * i / count;
      ctx.beginPath(); ctx.moveTo(left, y(v)); ctx.lineTo(w - right, y(v)); ctx.stroke();
      ctx.fillText(format(v), left - 4, y(v));
    }
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    const stepWeeks = Math.max(1, Math.ceil(xMax / 8 / 4) * 4);
    for (let week = 0; week <= xMax; week += stepWeeks) {
      ctx.fillText(String(week), x(week), h - bottom + 4);
    }
    ctx.fillText("week", (left + w - right) / 2, h - bottom + 16);
    ctx.strokeStyle = "#999";
    ctx.strokeRect(left, top, w - left - right, h - top - bottom);

    for (const m of markers) {
      ctx.strokeStyle = m.color;
      ctx.setLineDash([2, 3]);
      ctx.beginPath(); ctx.moveTo(x(m.week), top); ctx.lineTo(x(m.week), h - bottom); ctx.stroke();
    }

    // Bands first, under every line: the 95% interval of the replicates' mean, in the line's colour.
    let bands = 0;
    for (const s of series) {
      if (!s.band) { continue; }
      const weeksWithBand = s.band.lower.map((v, week) => week).filter(week => Number.isFinite(s.band.lower[week]) && Number.isFinite(s.band.upper[week]));
      if (weeksWithBand.length === 0) { continue; }
      ctx.fillStyle = s.color;
      ctx.globalAlpha = s.dashed ? 0.12 : 0.18;
      ctx.beginPath();
      weeksWithBand.forEach((week, i) => (i === 0 ? ctx.moveTo(x(week), y(s.band.upper[week])) : ctx.lineTo(x(week), y(s.band.upper[week]))));
      [...weeksWithBand].reverse().forEach(week => ctx.lineTo(x(week), y(s.band.lower[week])));
      ctx.closePath();
      ctx.fill();
      ctx.globalAlpha = 1;
      bands++;
    }
    this.canvas.dataset.bands = String(bands);

    let points = 0;
    for (const s of series) {
      ctx.strokeStyle = s.color;
      ctx.lineWidth = 2;
      ctx.setLineDash(s.dashed ? [6, 4] : []);
      ctx.beginPath();
      let started = false;
      s.values.forEach((v, week) => {
        if (!Number.isFinite(v)) { return; }
        points++;
        if (started) { ctx.lineTo(x(week), y(v)); } else { ctx.moveTo(x(week), y(v)); started = true; }
      });
      ctx.stroke();
    }
    ctx.setLineDash([]);

    // Legend: one entry per label (arm B repeats arm A's colours, dashed).
    ctx.textAlign = "left";
    ctx.textBaseline = "middle";
    let lx = left;
    const seen = new Set();
    for (const s of series) {
      if (seen.has(s.label)) { continue; }
      seen.add(s.label);
      ctx.fillStyle = s.color;
      ctx.fillRect(lx, h - 12, 14, 4);
      ctx.fillStyle = "#333";
      ctx.fillText(s.label, lx + 18, h - 10);
      lx += 24 + ctx.measureText(s.label).width;
    }
    this.canvas.dataset.points = String(points);
  }
};
