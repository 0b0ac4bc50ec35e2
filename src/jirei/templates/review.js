(function () {
  "use strict";
  var textPane = document.getElementById("text");

  function pieces(id) {
    return Array.prototype.slice.call(
      document.querySelectorAll('mark[data-mark="' + id + '"]'));
  }

  function flash(nodes) {
    nodes.forEach(function (node) {
      node.classList.remove("flash");
      void node.offsetWidth; // restart the animation
      node.classList.add("flash");
    });
    setTimeout(function () {
      nodes.forEach(function (node) { node.classList.remove("flash"); });
    }, 1600);
  }

  function goToMark(id) {
    var target = document.getElementById(id);
    if (!target) { return false; }
    target.scrollIntoView({ block: "center", inline: "nearest" });
    flash(pieces(id));
    return true;
  }

  function goToCell(markId) {
    var cell = document.querySelector('[data-target="' + markId + '"]');
    if (!cell) { return false; }
    cell.scrollIntoView({ block: "center", inline: "nearest" });
    flash([cell]);
    return true;
  }

  document.addEventListener("click", function (event) {
    var cell = event.target.closest("[data-target]");
    if (cell) {
      document.querySelectorAll(".cell-active").forEach(function (c) {
        c.classList.remove("cell-active");
      });
      cell.classList.add("cell-active");
      goToMark(cell.getAttribute("data-target"));
      return;
    }
    var mark = event.target.closest("mark[data-mark]");
    if (mark) { goToCell(mark.getAttribute("data-mark")); }
  });
  document.addEventListener("keydown", function (event) {
    var cell = event.target.closest && event.target.closest("[data-target]");
    if (cell && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      cell.click();
    }
  });

  // Link check, recorded on the page so that a reader (or a test) can see it.
  var links = document.querySelectorAll("[data-target]");
  var broken = 0;
  links.forEach(function (cell) {
    var ok = document.getElementById(cell.getAttribute("data-target")) !== null;
    cell.setAttribute("data-linked", ok ? "true" : "false");
    if (!ok) { broken += 1; }
  });
  var ids = {};
  var count = 0;
  document.querySelectorAll("mark[data-mark]").forEach(function (mark) {
    var id = mark.getAttribute("data-mark");
    if (!ids[id]) { ids[id] = true; count += 1; }
  });
  document.body.setAttribute("data-marks", String(count));
  document.body.setAttribute("data-links", String(links.length));
  document.body.setAttribute("data-broken-links", String(broken));

  // With #selftest in the address, click every linked cell and record what happened.
  function visible(node) {
    var box = node.getBoundingClientRect();
    var pane = textPane.getBoundingClientRect();
    return box.bottom > pane.top && box.top < pane.bottom;
  }
  function selftest() {
    var clicked = 0, flashed = 0, shown = 0, hidden = 0;
    links.forEach(function (cell) {
      var id = cell.getAttribute("data-target");
      var target = document.getElementById(id);
      if (!target) { return; }
      // start from where the mark is out of sight (if the text is long enough for that)
      textPane.scrollTop = 0;
      if (visible(target)) { textPane.scrollTop = textPane.scrollHeight; }
      if (!visible(target)) { hidden += 1; }
      document.querySelectorAll(".flash").forEach(function (n) { n.classList.remove("flash"); });
      cell.click();
      clicked += 1;
      if (pieces(id).every(function (p) { return p.classList.contains("flash"); })) {
        flashed += 1;
      }
      if (visible(target)) { shown += 1; }
    });
    document.body.setAttribute("data-selftest-clicked", String(clicked));
    document.body.setAttribute("data-selftest-flashed", String(flashed));
    document.body.setAttribute("data-selftest-visible", String(shown));
    document.body.setAttribute("data-selftest-hidden-before", String(hidden));
  }
  if (window.location.hash === "#selftest") { selftest(); }
  document.body.setAttribute("data-ready", "true");
})();
