// The transparency dashboard's charts, drawn with the vendored Chart.js from the JSON each chart
// carries. Without this file (or without JavaScript) the tables still give every number.
"use strict";

(function () {
  const palette = ["#1d4ed8", "#b42318", "#146c2e", "#a15c00", "#6d28d9", "#0e7490", "#be185d",
    "#4a5360", "#854d0e"];

  function tick(unit) {
    return (value) => (unit === "percent" ? value + " %" : unit === "hours" ? value + " h" : value);
  }

  function draw() {
    if (typeof window.Chart === "undefined") return;
    const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    document.querySelectorAll('script[type="application/json"][data-chart]').forEach((node) => {
      const canvas = document.getElementById(node.dataset.chart);
      if (!canvas) return;
      const spec = JSON.parse(node.textContent);
      const stacked = spec.kind === "stacked";
      new window.Chart(canvas, {
        type: "bar",
        data: {
          labels: spec.labels,
          datasets: spec.series.map((series, i) => ({
            label: series.label, data: series.data, backgroundColor: palette[i % palette.length],
          })),
        },
        options: {
          animation: still ? false : {},
          maintainAspectRatio: false,
          scales: {
            x: { stacked: stacked },
            y: { stacked: stacked, beginAtZero: true, ticks: { callback: tick(spec.unit) } },
          },
        },
      });
    });
  }

  document.addEventListener("DOMContentLoaded", draw);
})();
