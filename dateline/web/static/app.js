// dateline pages: layer toggles and the tooltip showing what a highlighted span resolves to.
// Text from articles is only ever set with textContent, never parsed as HTML.
"use strict";

(function () {
  var LAYERS = ["entities", "timexes", "quotes", "events"];

  function visibleLayers(container) {
    return LAYERS.filter(function (layer) {
      return !container.classList.contains("hide-" + layer);
    });
  }

  function setupToggles(container) {
    var boxes = document.querySelectorAll(".layer-toggles input[data-layer]");
    boxes.forEach(function (box) {
      box.addEventListener("change", function () {
        var layer = box.getAttribute("data-layer");
        container.classList.toggle("hide-" + layer, !box.checked);
        var list = document.querySelector('.layer-list[data-layer="' + layer + '"]');
        if (list) {
          list.classList.toggle("dimmed", !box.checked);
        }
      });
    });
  }

  function describe(annId) {
    var item = document.getElementById("ann-" + annId);
    if (!item) {
      return null;
    }
    var parts = {};
    ["ann-label", "ann-text", "ann-value"].forEach(function (cls) {
      var el = item.querySelector("." + cls);
      parts[cls] = el ? el.textContent : "";
    });
    return parts;
  }

  function fillTooltip(tip, mark, layers) {
    var ids = (mark.getAttribute("data-ann") || "").split(" ").filter(Boolean);
    tip.replaceChildren();
    ids.forEach(function (id) {
      var layer = id.slice(0, id.lastIndexOf("-"));
      if (layers.indexOf(layer) < 0) {
        return;
      }
      var parts = describe(id);
      if (!parts) {
        return;
      }
      var row = document.createElement("div");
      row.className = "tip-row tip-" + layer;
      var label = document.createElement("strong");
      label.textContent = parts["ann-label"];
      var value = document.createElement("span");
      value.textContent = " " + parts["ann-value"];
      row.append(label, value);
      tip.append(row);
    });
    return tip.childElementCount > 0;
  }

  function place(tip, mark) {
    var box = mark.getBoundingClientRect();
    var top = window.scrollY + box.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.top = top + "px";
    tip.style.left = left + "px";
  }

  function setupTooltip(container) {
    var tip = document.getElementById("tooltip");
    if (!tip) {
      return;
    }
    var current = null;
    function show(mark) {
      if (!fillTooltip(tip, mark, visibleLayers(container))) {
        hide();
        return;
      }
      if (current && current !== mark) {
        current.removeAttribute("aria-describedby");
      }
      current = mark;
      mark.setAttribute("aria-describedby", "tooltip");
      tip.hidden = false;
      place(tip, mark);
    }
    function hide() {
      tip.hidden = true;
      if (current) {
        current.removeAttribute("aria-describedby");
        current = null;
      }
    }
    function markOf(event) {
      var el = event.target;
      return el && el.closest ? el.closest("#doc-text .mark") : null;
    }
    container.addEventListener("mouseover", function (e) {
      var mark = markOf(e);
      if (mark) { show(mark); }
    });
    container.addEventListener("mouseout", function (e) {
      if (markOf(e) && !container.contains(e.relatedTarget && e.relatedTarget.closest ? e.relatedTarget.closest(".mark") : null)) { hide(); }
    });
    container.addEventListener("focusin", function (e) {
      var mark = markOf(e);
      if (mark) { show(mark); }
    });
    container.addEventListener("focusout", hide);
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { hide(); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var container = document.getElementById("doc-text");
    if (container) {
      setupToggles(container);
      setupTooltip(container);
    }
  });
})();
