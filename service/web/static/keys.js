// Keyboard review for the Transnorm workspace (progressive: every action is also a link, button or form).
// On a sentence row: Enter edits, A approves, Alt+Down / Alt+Up move. In the editor: Ctrl+Enter saves and opens
// the next sentence, Esc cancels, Alt+Down / Alt+Up cancel and move.
(function () {
  "use strict";
  var pending = null; // what to do once htmx has swapped a row: {pos, then: "next" | "focus" | "down" | "up"}

  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.pair")); }
  function rowAt(pos) { return document.querySelector('tr.pair[data-pos="' + pos + '"]'); }
  function sibling(row, step) {
    var all = rows(), i = all.indexOf(row);
    return i < 0 ? null : all[i + step] || null;
  }
  function focusRow(row) { if (row) { row.focus(); row.scrollIntoView({block: "nearest"}); } }
  function edit(row) { var link = row && row.querySelector("a.edit"); if (link) { link.click(); } }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var row = target.closest ? target.closest("tr.pair") : null;
    var inEditor = target.tagName === "TEXTAREA" && target.closest(".edit-form");
    var down = event.altKey && event.key === "ArrowDown", up = event.altKey && event.key === "ArrowUp";
    if (inEditor) {
      var pos = row.dataset.pos;
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        pending = {pos: pos, then: "next"};
        target.form.requestSubmit();
      } else if (event.key === "Escape" || down || up) {
        event.preventDefault();
        pending = {pos: pos, then: down ? "down" : up ? "up" : "focus"};
        row.querySelector("a.cancel").click();
      }
      return;
    }
    if (/^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName)) { return; }
    if (down || up) {
      event.preventDefault();
      focusRow(row ? sibling(row, down ? 1 : -1) || row : rows()[down ? 0 : rows().length - 1]);
    } else if (row && target === row && event.key === "Enter") {
      event.preventDefault();
      edit(row);
    } else if (row && !event.ctrlKey && !event.altKey && !event.metaKey && (event.key === "a" || event.key === "A")) {
      var approve = row.querySelector("button.approve");
      if (approve) { event.preventDefault(); pending = {pos: row.dataset.pos, then: "focus"}; approve.click(); }
    }
  });

  document.addEventListener("htmx:afterSettle", function () {
    var editor = document.querySelector("tr.pair.editing textarea");
    if (pending) {
      var row = rowAt(pending.pos), then = pending.then;
      pending = null;
      if (row && then === "next") {
        var next = sibling(row, 1);
        if (next) { focusRow(next); edit(next); } else { focusRow(row); }
        return;
      }
      if (row && (then === "down" || then === "up")) { focusRow(sibling(row, then === "down" ? 1 : -1) || row); return; }
      if (row) { focusRow(row); return; }
    }
    if (editor && document.activeElement !== editor) {
      editor.focus();
      editor.setSelectionRange(editor.value.length, editor.value.length);
    }
  });
})();
