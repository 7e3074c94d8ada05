// srdi-calc boot, part 1 (inlined into index.html by scripts/postbuild.mjs; ES5 on purpose, so it
// parses in every browser): until the calculator has started, a script error or a failed load
// replaces the form with a plain message, in Chinese and English, instead of a form that answers 0.
(function (w, d) {
  'use strict';
  var started = false;
  // The message (web/boot/unsupported.html): inline in the single-file build; for the page it is
  // fetched only when needed (every visitor would otherwise download it), with a short one to
  // fall back on.
  var MESSAGE = __SRDI_MESSAGE__;
  var SHORT = '<div class="fatal" role="alert" data-srdi-unsupported><h2>此浏览器无法运行计算器 / This browser cannot run the calculator</h2>'
    + '<p>请换用较新的浏览器打开 / Please open in a newer browser: <a data-srdi-open></a></p><p><small data-srdi-why></small></p></div>';
  function put(html, why) {
    var root = d.getElementById('srdi-app') || d.body;
    // A panic page already says what happened.
    if (!root || root.querySelector('.fatal')) return;
    root.innerHTML = html;
    var page = location.href.split('#')[0];
    var open = root.querySelector('[data-srdi-open]');
    open.href = page;
    open.textContent = page;
    var offline = root.querySelector('[data-srdi-offline]');
    if (offline && d.querySelector('meta[name=srdi-single-file]')) offline.parentNode.removeChild(offline);
    root.querySelector('[data-srdi-why]').textContent = String(why || '').slice(0, 300);
  }
  function show(why) {
    if (MESSAGE) return put(MESSAGE, why);
    try {
      var x = new XMLHttpRequest();
      x.open('GET', './srdi-unsupported.html');
      x.onload = function () { put(x.status === 200 && /data-srdi-unsupported/.test(x.responseText) ? x.responseText : SHORT, why); };
      x.onerror = function () { put(SHORT, why); };
      x.send();
    } catch (e) {
      put(SHORT, why);
    }
  }
  function fail(why) {
    if (started) return;
    started = true;
    w.removeEventListener('error', onError);
    if (w.console) console.error('srdi-calc: this browser cannot run the calculator: ' + why);
    if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', function () { show(why); });
    else show(why);
  }
  function onError(e) {
    // Only the page's own scripts (inline or ours), not extensions.
    if (e && e.filename && !/^(https?|file):/.test(e.filename)) return;
    fail((e && e.message) || 'script error');
  }
  w.addEventListener('error', onError);
  w.__srdiBoot = {
    fail: fail,
    started: function () { started = true; w.removeEventListener('error', onError); }
  };
})(window, document);
