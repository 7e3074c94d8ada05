// Whether this engine, under this page's CSP, runs today's wasm build: reference types (Chromium 96,
// Safari 15, Firefox 79) and a CSP that lets wasm compile. One probe for the page's boot (load.js)
// and for host pages (embed.js); scripts/postbuild.mjs puts it in both as `__SRDI_WASM_OK__`.
(function () {
  var W = window.WebAssembly;
  if (typeof W !== 'object' || typeof W.validate !== 'function') return false;
  try {
    // (module (func (param externref))): reference types.
    if (!W.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 1, 111, 0, 3, 2, 1, 0, 10, 4, 1, 2, 0, 11]))) return false;
    // The CSP as this engine reads it: compiling the empty module throws if it forbids wasm.
    new W.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]));
    return true;
  } catch (e) {
    return false;
  }
})
