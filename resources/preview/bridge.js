// Runs in the preview's own script world (never the page's): patches the page in
// place, scrolls to a block, and reports clicks and scrolling to the editor.
(function () {
  "use strict";
  let bridge = null;
  let quietUntil = 0; // ignore our own scrolling
  new QWebChannel(qt.webChannelTransport, function (channel) {
    bridge = channel.objects.bridge;
  });

  function lineOf(block) {
    const m = /^(\d+):/.exec(block.dataset.sourcepos || "");
    return m ? parseInt(m[1], 10) : 1;
  }

  // Brings the page's <main> up to date with a new one: only the parts of the
  // article that changed are replaced (one section, the timeline, ...), so a
  // keystroke in a long guide lays out one block, not the whole page. The window
  // keeps its scroll. lang and dir: the guide's language and its direction.
  window.almanacPatch = function (mainHtml, title, lang, dir) {
    const template = document.createElement("template");
    template.innerHTML = mainHtml;
    const fresh = template.content.querySelector("main");
    const old = document.querySelector("main");
    if (!fresh || !old) {
      return false;
    }
    const y = window.scrollY;
    const freshParts = fresh.querySelector("article") ? fresh.querySelector("article").children : [];
    const oldParts = old.querySelector("article") ? old.querySelector("article").children : [];
    if (freshParts.length > 0 && freshParts.length === oldParts.length &&
        fresh.attributes.length === old.attributes.length) {
      const changed = [];
      for (let i = 0; i < freshParts.length; ++i) {
        if (freshParts[i].outerHTML !== oldParts[i].outerHTML) {
          changed.push(i);
        }
      }
      // Replace from the end so the indices stay right.
      for (let k = changed.length - 1; k >= 0; --k) {
        const i = changed[k];
        oldParts[i].replaceWith(freshParts[i].cloneNode(true));
      }
    } else {
      old.replaceWith(fresh);
    }
    document.title = title;
    if (lang && document.documentElement.lang !== lang) {
      document.documentElement.lang = lang;
    }
    if (dir && document.documentElement.dir !== dir) {
      document.documentElement.dir = dir;
    }
    if (window.scrollY !== y) {
      window.scrollTo(0, y);
    }
    return true;
  };

  // Scrolls the block of field that holds line into view and marks it briefly.
  window.almanacReveal = function (field, line) {
    const container = document.querySelector('[data-field="' + CSS.escape(field) + '"]');
    if (!container) {
      return false;
    }
    let best = container;
    for (const el of container.querySelectorAll("[data-sourcepos]")) {
      const m = /^(\d+):\d+-(\d+):/.exec(el.dataset.sourcepos);
      if (m && parseInt(m[1], 10) <= line && line <= parseInt(m[2], 10)) {
        best = el;
      }
    }
    quietUntil = Date.now() + 400;
    best.scrollIntoView({ block: "center" });
    best.style.transition = "background-color 0.6s";
    best.style.backgroundColor = "rgba(255, 200, 0, 0.25)";
    setTimeout(function () { best.style.backgroundColor = ""; }, 700);
    return true;
  };

  document.addEventListener("click", function (event) {
    if (!bridge || event.target.closest("a")) {
      return;
    }
    const field = event.target.closest("[data-field]");
    if (!field) {
      return;
    }
    const block = event.target.closest("[data-sourcepos]");
    bridge.blockClicked(field.dataset.field, block ? lineOf(block) : 1);
  });

  let scheduled = false;
  window.addEventListener("scroll", function () {
    if (!bridge || scheduled || Date.now() < quietUntil) {
      return;
    }
    scheduled = true;
    setTimeout(function () {
      scheduled = false;
      for (const block of document.querySelectorAll("[data-field] [data-sourcepos]")) {
        const box = block.getBoundingClientRect();
        if (box.bottom > 0) {
          bridge.scrolledTo(block.closest("[data-field]").dataset.field, lineOf(block));
          return;
        }
      }
    }, 100);
  });
})();
