/*! srdi-calc embed.js: the 专精特新 policy calculator inside any page, with no dependencies.
 *
 *  iframe (isolated, recommended):
 *    <script src="https://calc.example.cn/srdi/embed.js" defer></script>
 *    <div data-srdi-calculator data-city="nanjing" data-lang="zh"></div>
 *  in-page (shadow root):
 *    SrdiCalc.mount(element, { city: 'suzhou', compact: true })  → { ready, update(o), destroy() }
 *
 *  Options (data-* or mount()): city, lang (zh|en), theme (#rrggbb), compact, sections
 *  (header,near,documents,toolbar), result (the purpose shown on the "send to this site"
 *  button; without it no result is ever sent), source (the host's name) and profile (the firm's
 *  answers the host already knows, as an object or JSON; data-srdi-profile): shown marked
 *  「待核对」 and counted only once the visitor confirms; what cannot be used is named to the
 *  host as a `srdi:prefill-error` event. Results arrive as a `srdi:result` event on
 *  the element, and only after the user presses that button. See docs/embedding.md.
 */
(function () {
  'use strict';
  if (window.SrdiCalc) return;
  var script = document.currentScript;
  var BASE = new URL('./', script && script.src ? script.src : location.href);
  var ORIGIN = BASE.origin;
  var ASSETS = { js: '__SRDI_JS__', wasm: '__SRDI_WASM__', css: '__SRDI_CSS__', legacy: '__SRDI_LEGACY__',
    xjs: '__SRDI_XJS__', xwasm: '__SRDI_XWASM__', xlegacy: '__SRDI_XLEGACY__', ejs: '__SRDI_EJS__', ewasm: '__SRDI_EWASM__' };
  // Shown in place of the calculator where this browser can run neither build (web/boot/unsupported.html).
  var MESSAGE = __SRDI_MESSAGE__;
  // Shown in place of a calculator whose wasm failed while running (web/boot/panic.html).
  var PANIC = __SRDI_PANIC__;
  var NAMES = ['city', 'lang', 'theme', 'compact', 'sections', 'result', 'source'];
  var MAX = 200;
  // A host's answers (its 一企一档, JSON): read field by field in the calculator, which names to
  // the host (srdi:prefill-error) what it leaves out; over 32 KB it is refused there.
  var MAX_PROFILE = 1 << 20;

  function clean(options) {
    var out = {};
    if (!options || typeof options !== 'object') return out;
    NAMES.forEach(function (k) {
      var v = options[k];
      if (typeof v === 'boolean' || typeof v === 'number') v = String(v);
      if (typeof v === 'string' && v.length <= MAX) out[k] = v;
    });
    var p = options.profile;
    if (p && typeof p === 'object') { try { p = JSON.stringify(p); } catch (e) { p = '"unreadable"'; } }
    // Longer than any profile: cut (still over 32 KB, so refused as too large, not sent whole).
    if (typeof p === 'string') out.profile = p.length <= MAX_PROFILE ? p : p.slice(0, 40000);
    return out;
  }

  function fromDataset(el) {
    var o = {};
    NAMES.forEach(function (k) {
      var attr = el.getAttribute('data-' + (k === 'result' ? 'result-purpose' : k));
      if (attr !== null) o[k] = attr;
    });
    var profile = el.getAttribute('data-srdi-profile');
    if (profile !== null) o.profile = profile;
    return clean(o);
  }

  /** iframe mode: the calculator on its own origin; only height and (on the user's click) results come back. */
  function frame(el, options) {
    if (el.srdiCalculator) el.srdiCalculator.destroy();
    var opts = clean(options || fromDataset(el));
    var q = new URLSearchParams({ embed: '1', origin: location.origin });
    // A host's answers never go into the address (the calculator's server would see them): they
    // follow by message once the calculator runs.
    Object.keys(opts).forEach(function (k) { if (k !== 'profile') q.set(k, opts[k]); });
    var iframe = document.createElement('iframe');
    iframe.src = new URL('index.html?' + q.toString(), BASE).href;
    iframe.title = el.getAttribute('data-title') || '专精特新政策计算器 / SRDI policy calculator';
    iframe.setAttribute('referrerpolicy', 'no-referrer');
    iframe.style.cssText = 'display:block;width:100%;border:0;height:760px;';
    // Option updates wait until the calculator is running: its first height report says so.
    var ready = false;
    var queued = [];
    function send(o) {
      if ('profile' in o) {
        iframe.contentWindow.postMessage({ type: 'srdi:prefill', profile: o.profile, source: o.source }, ORIGIN);
        o = Object.assign({}, o);
        delete o.profile;
      }
      iframe.contentWindow.postMessage({ type: 'srdi:options', options: o }, ORIGIN);
    }
    if ('profile' in opts) queued.push({ profile: opts.profile, source: opts.source });
    function onMessage(e) {
      if (e.origin !== ORIGIN || e.source !== iframe.contentWindow) return;
      var d = e.data;
      if (!d || typeof d !== 'object') return;
      if (d.type === 'srdi:resize' && typeof d.height === 'number' && isFinite(d.height)) {
        iframe.style.height = Math.max(160, Math.min(Math.ceil(d.height), 20000)) + 'px';
        if (!ready) { ready = true; queued.splice(0).forEach(send); }
      } else if ((d.type === 'srdi:result' || d.type === 'srdi:prefill-error') && d.detail && typeof d.detail === 'object') {
        el.dispatchEvent(new CustomEvent(d.type, { detail: d.detail, bubbles: true }));
      }
    }
    window.addEventListener('message', onMessage);
    el.appendChild(iframe);
    var handle = {
      iframe: iframe,
      update: function (o) { var c = clean(o); if (ready && iframe.contentWindow) send(c); else queued.push(c); },
      destroy: function () {
        window.removeEventListener('message', onMessage);
        iframe.remove();
        if (el.srdiCalculator === handle) delete el.srdiCalculator;
      }
    };
    el.srdiCalculator = handle;
    return handle;
  }

  /** Whether this engine, under this page's CSP, runs today's wasm build (web/boot/wasm-ok.js, filled in at build). */
  var wasmOk = __SRDI_WASM_OK__;

  /** One build, fetched once: the wasm build or, for old engines (and host pages whose CSP forbids
   *  wasm), the same code compiled to JavaScript. A failed load (a network blip) is not remembered:
   *  the next call tries again. `b` names the files: js, wasm, legacy. */
  function builds(b) {
    var loading = null;
    return function () {
      if (!loading) {
        var legacy = function () { return import(new URL(b.legacy, BASE).href); };
        loading = !wasmOk() ? legacy() : import(new URL(b.js, BASE).href).then(function (m) {
          return m.default({ module_or_path: new URL(b.wasm, BASE).href }).then(function () { return m; });
        }).catch(function (e) {
          if (window.WebAssembly.RuntimeError && e instanceof window.WebAssembly.RuntimeError) throw e;
          return legacy();
        });
        loading.catch(function () { loading = null; });
      }
      return loading;
    };
  }
  var load = builds({ js: ASSETS.js, wasm: ASSETS.wasm, legacy: ASSETS.legacy });
  /** The same calculator with English (the wasm build above is Chinese only, which is what most
   *  visitors read): loaded when a host asks for lang en, or a visitor chooses English. */
  var loadEnglish = builds({ js: ASSETS.ejs, wasm: ASSETS.ewasm, legacy: ASSETS.legacy });

  /** in-page mode: rendered in a shadow root, so host CSS and calculator CSS stay apart. */
  function mount(element, options) {
    if (element.srdiCalculator) element.srdiCalculator.destroy();
    var wrapper = document.createElement('srdi-calculator');
    var shadow = wrapper.attachShadow({ mode: 'open' });
    var link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL(ASSETS.css, BASE).href;
    var root = document.createElement('div');
    shadow.appendChild(link);
    shadow.appendChild(root);
    element.appendChild(wrapper);
    var inner = null;
    var destroyed = false;
    var opts = clean(options);
    // English chosen in the Chinese-only build (web/src/handoff.rs): the bilingual build takes over
    // this calculator with what it had on screen. The text stays between this script and the
    // calculator: nothing reaches the host page. A failed load leaves the Chinese one (it says so).
    var toEnglish = function (handoff) {
      return loadEnglish().then(function (m) {
        if (destroyed || !inner) return;
        var o = Object.assign({}, opts, { lang: 'en' });
        delete o.profile;
        var old = inner;
        inner = null;
        old.destroy();
        old.free();
        inner = m.mountInto(root, element, o, undefined, handoff);
      });
    };
    var ready = (opts.lang === 'en' ? loadEnglish : load)().then(function (m) {
      if (!destroyed) inner = m.mountInto(root, element, opts, toEnglish);
    });
    // The wasm build aborts at once on a panic: the page's JavaScript sees a RuntimeError, and this
    // calculator shows the panic page (web/boot/panic.html) instead of going quietly dead.
    var onPanic = function (e) {
      var R = window.WebAssembly && window.WebAssembly.RuntimeError;
      var err = e.error || e.reason;
      if (destroyed || !R || !(err instanceof R) || root.querySelector('.fatal')) return;
      root.innerHTML = PANIC;
      root.querySelector('[data-srdi-reload]').addEventListener('click', function () { location.reload(); });
    };
    window.addEventListener('error', onPanic);
    window.addEventListener('unhandledrejection', onPanic);
    ready.catch(function (e) {
      if (destroyed || root.querySelector('.fatal')) return;
      root.innerHTML = MESSAGE;
      var open = root.querySelector('[data-srdi-open]');
      open.href = open.textContent = new URL('index.html', BASE).href;
      root.querySelector('[data-srdi-offline] a').href = new URL('srdi-calc-offline.html', BASE).href;
      root.querySelector('[data-srdi-why]').textContent = String((e && e.message) || e).slice(0, 300);
    });
    var handle = {
      ready: ready,
      update: function (o) {
        var c = clean(o);
        Object.assign(opts, c);
        ready.then(function () { if (inner) inner.update(c); }, function () {});
      },
      destroy: function () {
        destroyed = true;
        try {
          if (inner) { inner.destroy(); inner.free(); }
        } finally {
          inner = null;
          wrapper.remove();
          if (element.srdiCalculator === handle) delete element.srdiCalculator;
        }
      }
    };
    element.srdiCalculator = handle;
    return handle;
  }

  function scan() {
    var els = document.querySelectorAll('[data-srdi-calculator]');
    for (var i = 0; i < els.length; i++) {
      var el = els[i];
      if (el.srdiCalculator) continue;
      if (el.getAttribute('data-mode') === 'inline') mount(el, fromDataset(el));
      else frame(el);
    }
  }

  /** What the calculator loads on first use (exports, a result for this page), fetched once. */
  var extras = builds({ js: ASSETS.xjs, wasm: ASSETS.xwasm, legacy: ASSETS.xlegacy });

  window.SrdiCalc = { mount: mount, frame: frame, scan: scan, origin: ORIGIN, extras: extras };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
