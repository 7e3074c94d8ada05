// Office mode's worker: runs srdi-office off the page's thread. It follows, in one Blob, either the
// wasm-bindgen glue (`wasm_bindgen`, --target no-modules) and the wasm as base64 (`OFFICE_WASM`), or,
// for old engines, the same crate compiled to JavaScript (`srdiOfficeLegacy`, scripts/legacy.mjs),
// so the page works from a web server, from a folder (file://) and offline alike. It only reads what
// the page sends and posts results back: no request leaves it.
/* global wasm_bindgen, OFFICE_WASM, srdiOfficeLegacy */
let session = null;
let office = null; // the crate's exports: Session, targets, cities, memory_bytes
const ready = (async () => {
  if (typeof OFFICE_WASM !== 'string') {
    office = srdiOfficeLegacy;
    return;
  }
  const bin = atob(OFFICE_WASM);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  await wasm_bindgen({ module_or_path: bytes });
  office = wasm_bindgen;
})();
// A wasm this engine cannot compile or run: the page starts the JavaScript worker instead.
ready.catch((e) => self.postMessage({ type: 'unavailable', message: String(e && e.message !== undefined ? e.message : e) }));

const post = (m, transfer) => self.postMessage(m, transfer || []);
const mapping = () => post({ type: 'mapping', mapping: JSON.parse(session.mapping()) });
const failed = (e, kind) => {
  let text = null;
  try { text = JSON.parse(typeof e === 'string' ? e : String(e && e.message !== undefined ? e.message : e)); } catch (_) { /* not ours */ }
  post({ type: 'error', kind, text: text || { zh: String(e), en: String(e) } });
};

self.onmessage = async (ev) => {
  const m = ev.data;
  try { await ready; } catch (_) { return; }
  try {
    switch (m.type) {
      case 'open': {
        if (session) session.free();
        session = null;
        const buf = new Uint8Array(await m.file.arrayBuffer());
        session = new office.Session(buf, m.asOf);
        if (m.saved) session.load_mapping(m.saved);
        post({ type: 'lists', targets: JSON.parse(office.targets()), cities: JSON.parse(office.cities()) });
        mapping();
        break;
      }
      case 'set': session.set_column(m.column, m.target); mapping(); break;
      case 'city': session.set_city(m.city); mapping(); break;
      case 'load': session.load_mapping(m.json); mapping(); break;
      case 'save': post({ type: 'saved', json: session.saved_mapping() }); break;
      case 'run': {
        try { session.start(); } catch (e) { post({ type: 'problems', problems: JSON.parse(String(e)) }); break; }
        const total = session.rows();
        const started = Date.now();
        for (;;) {
          const done = session.step(m.chunk || 1000);
          if (done < 0) break;
          post({ type: 'progress', done, total });
        }
        post({ type: 'progress', done: total, total });
        post({ type: 'summary', summary: JSON.parse(session.summary(500)), ms: Date.now() - started, memory: office.memory_bytes() });
        break;
      }
      case 'steps': post({ type: 'steps', steps: JSON.parse(session.steps(m.rule, m.limit, m.base)) }); break;
      case 'xlsx': {
        const bytes = session.xlsx(m.base);
        post({ type: 'file', name: m.name, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes }, [bytes.buffer]);
        break;
      }
      case 'csv': {
        const bytes = session.csv(m.which, m.base, m.rule || '');
        post({ type: 'file', name: m.name, mime: 'text/csv;charset=utf-8', bytes }, [bytes.buffer]);
        break;
      }
      default: break;
    }
  } catch (e) {
    failed(e, m.type);
  }
};
