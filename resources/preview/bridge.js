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

  // Applies one patch (pagepatch.h) to the page's <main>: inside one element,
  // what lies between the children it keeps at either end is replaced. false:
  // the page is not the one the patch was made for.
  function apply(main, patch) {
    const template = document.createElement("template");
    template.innerHTML = patch.html;
    if (patch.whole) {
      const fresh = template.content.querySelector("main");
      if (!fresh) {
        return false;
      }
      main.replaceWith(fresh);
      return true;
    }
    let node = main;
    for (const i of patch.path) {
      node = node.children[i];
      if (!node) {
        return false;
      }
    }
    const kids = node.children;
    if (kids.length !== patch.count) {
      return false;
    }
    const range = document.createRange();
    if (patch.before > 0) {
      range.setStartAfter(kids[patch.before - 1]);
    } else {
      range.setStart(node, 0);
    }
    if (patch.after > 0) {
      range.setEndBefore(kids[patch.count - patch.after]);
    } else {
      range.setEnd(node, node.childNodes.length);
    }
    range.deleteContents();
    range.insertNode(template.content);
    return true;
  }

  // Brings the page up to date with the patches the workstation found by
  // comparing two renders, so a keystroke in a long guide parses and lays out
  // one block, not the page. The window keeps its scroll. lang and dir: the
  // guide's language and its direction.
  window.almanacApply = function (patches, title, lang, dir) {
    const y = window.scrollY;
    for (const patch of patches) {
      const main = document.querySelector("main");
      if (!main || !apply(main, patch)) {
        return false;
      }
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
