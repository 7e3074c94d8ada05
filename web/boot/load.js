// srdi-calc boot, part 2 (inlined by scripts/postbuild.mjs after part 1): picks the build this
// engine can run. Today's engines get the wasm build; old ones (no reference types: Chromium < 96,
// Safari < 15, Firefox < 79), pages whose CSP the engine reads as forbidding wasm (Chromium < 95
// does not know 'wasm-unsafe-eval') and engines without WebAssembly get the same Rust code compiled
// to JavaScript (docs/performance.md). A browser that cannot parse this script gets part 1's message.
(function (w, d) {
  'use strict';
  var B = __SRDI_BUILD__;
  var boot = w.__srdiBoot;
  // The probe shared with embed.js (web/boot/wasm-ok.js), put here by scripts/postbuild.mjs.
  var wasmOk = __SRDI_WASM_OK__;
  // The wasm build aborts at once on a panic (no unwinding, no hook: scripts/build.sh), so the
  // JavaScript that called it sees a RuntimeError; the calculator is replaced by the panic page
  // (web/boot/panic.html) instead of going quietly dead. The old-engine build shows it from Rust.
  var PANIC = __SRDI_PANIC__;
  function broken() {
    var root = d.getElementById('srdi-app');
    if (!root || root.querySelector('.fatal')) return;
    root.innerHTML = PANIC;
    root.querySelector('[data-srdi-reload]').addEventListener('click', function () { w.location.reload(); });
  }
  function panicked(e) {
    var R = w.WebAssembly && w.WebAssembly.RuntimeError;
    if (R && e instanceof R) broken();
  }
  function started(m) {
    w.wasmBindings = m;
    boot.started();
    w.addEventListener('error', function (e) { panicked(e.error); });
    w.addEventListener('unhandledrejection', function (e) { panicked(e.reason); });
  }
  // The single-file build carries both builds (and the first-use part's) as text and runs the chosen
  // one as an inline module (file:// pages cannot import modules); the module reports back through
  // boot.done / boot.broke (the first-use part: boot.extrasDone / boot.extrasBroke).
  function inline(id, done, broke) {
    return new Promise(function (resolve, reject) {
      boot[done] = resolve;
      boot[broke] = reject;
      var s = d.createElement('script');
      s.type = 'module';
      s.textContent = d.getElementById(id).textContent;
      d.head.appendChild(s);
    });
  }
  function legacy() { return __SRDI_INLINE__ ? inline('srdi-legacy', 'done', 'broke').then(started) : import(B.legacy).then(started); }
  // The served page's wasm build is Chinese only; its bilingual build (web/src/handoff.rs) is loaded
  // instead when English was chosen before: the address says lang=en (a link, a host's iframe) or,
  // unless it says lang=zh, the preference saved on this device (as web/src/storage.rs reads it).
  // The single file, and the old engines' build, are bilingual.
  function wantsEnglish() {
    var q = w.location.search, h = w.location.hash.slice(1);
    if (/lang=en/.test(q) || /^lang=en/.test(h)) return true;
    if (/lang=zh/.test(q) || /^lang=zh/.test(h)) return false;
    try { return /lang=en/.test(w.localStorage.getItem('srdi-calc:prefs:v1') || ''); } catch (e) { return false; }
  }
  var en = !__SRDI_INLINE__ && wantsEnglish();
  function modern() {
    if (__SRDI_INLINE__) return inline('srdi-modern', 'done', 'broke').then(started);
    return import(en ? B.ejs : B.js).then(function (m) {
      return m.default({ module_or_path: en ? B.ewasm : B.wasm }).then(function () { return m; });
    }).then(started);
  }
  // English chosen in the Chinese-only build: the bilingual build is fetched and compiled, then the
  // Chinese one is stopped and the bilingual one started on the same element with what the
  // Chinese one handed over (main.rs reads boot.handoff). A failure before the swap leaves the
  // Chinese page as it was (it says so); one after it shows the panic page's reload.
  var english = null;
  boot.english = function (handoff) {
    if (!english) {
      english = import(B.ejs).then(function (m) {
        return fetch(B.ewasm).then(function (r) {
          if (!r.ok) throw new Error('HTTP ' + r.status);
          return r.arrayBuffer();
        }).then(function (b) { return w.WebAssembly.compile(b); }).then(function (mod) { return [m, mod]; });
      });
      english.catch(function () { english = null; });
    }
    return english.then(function (x) {
      var old = w.wasmBindings;
      boot.handoff = handoff;
      // Called by the bilingual build's start (main.rs) just before it renders.
      boot.stop = function () { boot.stop = null; old.stopApp(); };
      return x[0].default({ module_or_path: x[1] }).then(function () { w.wasmBindings = x[0]; }, function (e) {
        if (boot.stop) boot.stop = null; else broken();
        throw e;
      });
    });
  };
  // What the page loads on first use (web/extras: exports, the card's QR code, a host's result):
  // the same choice of build as the page's, fetched once when a person first asks for it.
  var extras = null;
  function inlineExtras(id) { return inline(id, 'extrasDone', 'extrasBroke'); }
  boot.extras = function () {
    if (!extras) {
      var old = function () { return __SRDI_INLINE__ ? inlineExtras('srdi-extras-legacy') : import(B.xlegacy); };
      extras = !wasm ? old() : (__SRDI_INLINE__ ? inlineExtras('srdi-extras-modern') : import(B.xjs).then(function (m) {
        return m.default({ module_or_path: B.xwasm }).then(function () { return m; });
      })).catch(old);
      // A failed load (offline before the first use) is not remembered: the next click tries again.
      extras.catch(function () { extras = null; });
    }
    return extras;
  };
  function preload(attrs) {
    var l = d.createElement('link');
    for (var k in attrs) l.setAttribute(k, attrs[k]);
    d.head.appendChild(l);
  }
  // The files are fetched now; the app starts once the page's markup is all there.
  var wasm = wasmOk();
  (wasm ? (en ? B.preloadEn : B.preload) : B.preloadLegacy).forEach(preload);
  function start() {
    var run = !wasm ? legacy() : modern().catch(function (e) {
      // The wasm started and then failed (a panic: its own page says so): no second start.
      if (w.WebAssembly.RuntimeError && e instanceof w.WebAssembly.RuntimeError) throw e;
      if (w.console) console.warn('srdi-calc: the wasm build did not load (' + e + '); using the JavaScript build');
      return legacy();
    });
    run.catch(function (e) { boot.fail(e && e.message ? e.message : e); });
  }
  // 核对一张政策明白卡 (issue 20): the card's link (or answer code) and 核验码, worked out again
  // by the first-use part with these rules: 「一致」 or 「不同：…」. Plain markup in index.html, so
  // the page's wasm carries none of it; not in a host's frame.
  function verifier() {
    var box = d.getElementById('srdi-verify');
    if (!box) return;
    if (/[?&]embed=1(&|$)/.test(w.location.search)) return box.remove();
    d.getElementById('verify-go').addEventListener('click', function () {
      var out = d.getElementById('verify-result');
      var en = d.documentElement.lang === 'en';
      boot.extras().then(function (m) {
        out.textContent = m.verify(d.getElementById('verify-text').value, en ? 'en' : 'zh');
      }, function () {
        out.textContent = en ? 'The check could not be loaded (perhaps offline); try again when online.' : '核对功能未能载入（可能已断网），联网后再试。';
      });
    });
  }
  function ready() { start(); verifier(); }
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', ready);
  else ready();
})(window, document);
