// Office mode's page (issue 19): the clerk's file goes to a Web Worker (srdi-office in wasm) and
// only figures come back; this script draws them. No logic here beyond showing: reading, checking,
// evaluating, summing, ranking and the files are the worker's (the rules crate's), and every sum
// arrives worded by it. Nothing is sent anywhere (the page's CSP forbids connections).
(function () {
  'use strict';
  // Chromium 80–85 (信创 office browsers' cores) lack replaceChildren; the page uses it throughout.
  for (const P of [Element.prototype, DocumentFragment.prototype]) {
    if (!P.replaceChildren) P.replaceChildren = function (...kids) { this.textContent = ''; this.append(...kids); };
  }
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const k in attrs || {}) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'class') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    }
    for (const c of kids) if (c !== null && c !== undefined) e.append(c);
    return e;
  };
  const en = (s) => el('span', { lang: 'en', text: s });
  const bi = (zh, english) => { const f = document.createDocumentFragment(); f.append(zh, ' ', en(english)); return f; };
  const SVG = 'http://www.w3.org/2000/svg';
  const svg = (tag, attrs, text) => {
    const e = document.createElementNS(SVG, tag);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  };

  let worker = null;
  let file = null;
  let saved = null; // the mapping as last saved by the worker (kept across a cancel)
  let lists = { targets: [], cities: [] };
  let summary = null;
  let pending = null; // { name } of a download being made
  const HOW = {
    key: ['列名即字段名', 'key'], label: ['与表单名称相同', 'form label'], alias: ['常用列名', 'usual name'],
    saved: ['手动或载入', 'by hand / saved'], unmatched: ['未对应，不使用', 'not matched: not used'], repeated: ['与前一列重复，不使用', 'repeats a column: not used'],
  };

  const today = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  $('as-of').value = `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
  const defaultBase = () => {
    const here = location.href.split(/[?#]/)[0];
    return new URL(location.protocol === 'file:' ? './srdi-calc-offline.html' : './index.html', here).href;
  };
  $('link-base').value = defaultBase();
  if (location.protocol === 'file:') $('to-calculator').href = './srdi-calc-offline.html';

  // Which worker: today's engines run the wasm; old ones (no reference types: Chromium < 96, Safari < 15,
  // Firefox < 79), engines whose CSP forbids compiling wasm (Chromium < 97 does not know
  // 'wasm-unsafe-eval') and engines without WebAssembly run the same Rust code compiled to JavaScript.
  // The calculator's probe (web/boot/wasm-ok.js), put here by scripts/office.mjs. Both workers are
  // inert text in the page; only the chosen one is turned into a worker.
  const wasmOk = __OFFICE_WASM_OK__;
  let js = !wasmOk();
  let answered = false; // the current worker has posted something: it started
  function startWorker() {
    if (worker) worker.terminate();
    // Shown for a person who asks (and read by the tests): which build computes.
    document.body.dataset.engine = js ? 'js' : 'wasm';
    const src = $(js ? 'office-worker-js' : 'office-worker').textContent;
    const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
    worker = new Worker(url);
    answered = false;
    worker.onmessage = (ev) => { answered = true; receive(ev.data); };
    worker.onerror = (ev) => {
      if (!js && !answered) { fallBack(); return; }
      showError({ zh: `后台线程出错：${ev.message || ''}`, en: `The worker failed: ${ev.message || ''}` });
    };
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }
  // The wasm worker could not start (the probe said yes, the engine said no): the JavaScript one,
  // with the same file and mapping.
  function fallBack() {
    js = true;
    if (window.console) console.warn('office: the wasm worker did not start; using the JavaScript build');
    if (file) open(file, true);
  }

  function showError(t) {
    const p = $('open-error');
    p.replaceChildren(bi(t.zh, t.en));
    p.hidden = false;
    $('progress-box').hidden = true;
  }

  function open(f, keepMapping) {
    file = f;
    $('open-error').hidden = true;
    $('results').hidden = true;
    $('map').hidden = true;
    if (!keepMapping) saved = null;
    startWorker();
    $('map-info').textContent = '';
    worker.postMessage({ type: 'open', file, asOf: $('as-of').value, saved });
  }

  $('file').addEventListener('change', (e) => { if (e.target.files[0]) open(e.target.files[0], false); });
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const f = e.dataTransfer && e.dataTransfer.files[0];
    if (f) open(f, false);
  });
  $('as-of').addEventListener('change', () => { if (file) { worker.postMessage({ type: 'save' }); pendingReopen = true; } });
  let pendingReopen = false;

  function renderMapping(m) {
    $('map').hidden = false;
    $('map-info').replaceChildren(bi(
      `读到 ${m.rows} 行企业、${m.columns.length} 列（${m.sheet ? `工作表“${m.sheet}”，` : ''}${m.encoding}）。`,
      `${m.rows} rows, ${m.columns.length} columns (${m.sheet ? `sheet “${m.sheet}”, ` : ''}${m.encoding}).`));
    const body = $('map-table').tBodies[0];
    body.replaceChildren();
    m.columns.forEach((c, i) => {
      const select = el('select', { 'aria-label': `“${c.name}”对应 / holds`, 'data-column': String(i) });
      for (const t of lists.targets) {
        const o = el('option', { value: t.key, text: `${t.zh} · ${t.en}` });
        if (t.key === c.target) o.selected = true;
        select.append(o);
      }
      if (!lists.targets.some((t) => t.key === c.target)) select.append(el('option', { value: c.target, text: `${c.zh} · ${c.en}`, selected: 'selected' }));
      select.addEventListener('change', () => worker.postMessage({ type: 'set', column: i, target: select.value }));
      const how = HOW[c.how] || [c.how, c.how];
      const tr = el('tr', { class: c.how === 'unmatched' || c.how === 'repeated' ? 'unmatched' : '' },
        el('th', { scope: 'row', text: c.name }), el('td', { text: c.samples.join('、') }), el('td', {}, select), el('td', {}, bi(how[0], how[1])));
      body.append(tr);
    });
    const city = $('city');
    if (city.options.length <= 1) for (const [code, zh, english] of lists.cities) city.append(el('option', { value: code, text: `${zh} ${english}` }));
    city.value = m.city || '';
    const list = (ul, items) => ul.replaceChildren(...items.map((p) => el('li', {}, bi(`${p.field ? `“${p.field}”：` : ''}${p.zh}`, p.en))));
    list($('problems'), m.problems);
    list($('warnings'), m.warnings);
    $('run').disabled = m.problems.length > 0;
  }
  $('city').addEventListener('change', () => worker.postMessage({ type: 'city', city: $('city').value }));
  $('save-mapping').addEventListener('click', () => { pending = { save: true }; worker.postMessage({ type: 'save' }); });
  $('load-mapping').addEventListener('change', async (e) => {
    const f = e.target.files[0];
    if (f) worker.postMessage({ type: 'load', json: await f.text() });
    e.target.value = '';
  });

  $('run').addEventListener('click', () => {
    worker.postMessage({ type: 'save' });
    $('results').hidden = true;
    $('progress-box').hidden = false;
    $('progress').value = 0;
    $('progress-text').textContent = '';
    $('run').disabled = true;
    worker.postMessage({ type: 'run', chunk: 1000 });
  });
  $('cancel').addEventListener('click', () => {
    // The worker is stopped where it is; the file and the mapping stay, ready to run again.
    $('progress-box').hidden = true;
    $('progress-text').textContent = '';
    open(file, true);
  });

  function save(name, mime, bytes) {
    const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }
  const stamp = () => (summary ? summary.as_of : $('as-of').value);
  const base = () => $('link-base').value || defaultBase();
  $('dl-xlsx').addEventListener('click', () => worker.postMessage({ type: 'xlsx', base: base(), name: `专精特新测算-全区名单-${stamp()}.xlsx` }));
  for (const [id, which, zh] of [['dl-firms', 'firms', '企业明细'], ['dl-totals', 'totals', '合计'], ['dl-steps', 'steps', '一步之遥'], ['dl-check', 'check', '数据检查']]) {
    $(id).addEventListener('click', () => worker.postMessage({ type: 'csv', which, base: base(), rule: $('step-rule').value, name: `专精特新测算-${zh}-${stamp()}.csv` }));
  }

  // Totals tiles: certain first, likely apart.
  function tiles(t) {
    // Each figure carries its fen (data-fen) beside the words, for a program reading the page.
    const tile = (kind, zh, english, extra) => el('div', { class: 'tile' }, el('dt', {}, bi(zh, english)),
      el('dd', { text: t[kind].zh, 'data-kind': kind, 'data-fen': String(t[kind].fen) }), extra ? el('p', { class: 'extra', text: extra }) : null);
    const box = $('totals');
    box.replaceChildren(
      el('dl', { class: 'certain' }, tile('one_off', '确定：一次性', 'one-off'), tile('annual', '确定：每年', 'a year'), tile('up_to', '确定：最高可达', 'up to'),
        tile('staff_month', '员工每月', 'staff a month', `累计至多 ${t.staff_total.zh}`)),
      el('dl', { class: 'likely' }, tile('likely_one_off', '可能可得：一次性', 'likely one-off'), tile('likely_annual', '可能可得：每年', 'likely a year'),
        tile('likely_up_to', '可能可得：最高可达', 'likely up to'), tile('likely_staff_month', '可能可得：员工每月', 'likely staff')),
    );
    box.dataset.staffTotal = String(t.staff_total.fen);
  }

  // A bar chart as inline SVG: one bar per group, its length the certain money (one-off + a year).
  function chart(box, groups, title) {
    const rows = groups.filter((g) => g.sums.bar.fen > 0 || g.sums.likely_one_off.fen + g.sums.likely_annual.fen > 0)
      .sort((a, b) => b.sums.bar.fen - a.sums.bar.fen).slice(0, 20);
    if (!rows.length) { box.replaceChildren(el('p', {}, bi('没有确定金额。', 'No certain money.'))); return; }
    const max = Math.max(...rows.map((g) => g.sums.bar.fen), 1);
    const W = 720, label = 300, h = 26;
    const s = svg('svg', { viewBox: `0 0 ${W} ${rows.length * h + 8}`, role: 'img', 'aria-label': title, class: 'bars' });
    s.append(svg('title', {}, title));
    rows.forEach((g, i) => {
      const y = 4 + i * h;
      const w = Math.max(1, Math.round(((W - label - 150) * g.sums.bar.fen) / max));
      const name = g.zh.length > 22 ? `${g.zh.slice(0, 21)}…` : g.zh;
      s.append(svg('text', { x: label - 6, y: y + 17, 'text-anchor': 'end', class: 'label' }, name));
      s.append(svg('rect', { x: label, y: y + 4, width: w, height: h - 10, rx: 2, class: 'bar' }));
      s.append(svg('text', { x: label + w + 6, y: y + 17, class: 'value' }, `${g.sums.bar.zh}（${g.sums.firms} 家）`));
    });
    box.replaceChildren(s);
  }

  function table(box, groups, head) {
    const t = el('table', {});
    t.append(el('thead', {}, el('tr', {}, ...[head, ['企业数', 'firms'], ['一次性', 'one-off'], ['每年', 'a year'], ['最高可达', 'up to'], ['员工每月', 'staff/month'],
      ['可能可得企业数', 'likely firms'], ['可能·一次性', 'likely one-off'], ['可能·每年', 'likely a year']].map(([zh, english]) => el('th', { scope: 'col' }, bi(zh, english))))));
    const body = el('tbody', {});
    for (const g of groups) {
      const s = g.sums;
      body.append(el('tr', {}, el('th', { scope: 'row', text: g.zh }), el('td', { text: String(s.firms) }), el('td', { text: s.one_off.zh }), el('td', { text: s.annual.zh }),
        el('td', { text: s.up_to.zh }), el('td', { text: s.staff_month.zh }), el('td', { text: String(s.likely_firms) }), el('td', { text: s.likely_one_off.zh }), el('td', { text: s.likely_annual.zh })));
    }
    t.append(body);
    box.replaceChildren(t);
  }

  function renderSummary(s, ms) {
    summary = s;
    $('progress-box').hidden = true;
    $('results').hidden = false;
    $('run').disabled = false;
    $('counts').replaceChildren(bi(
      `共 ${s.rows} 行：${s.firms} 家企业已测算，${s.bad_rows} 行有误未计入（见下方数据检查）。评估日期 ${s.as_of}。用时 ${(ms / 1000).toFixed(1)} 秒。`,
      `${s.rows} rows: ${s.firms} firms computed, ${s.bad_rows} rows left out for errors (see the check below). As of ${s.as_of}. ${(ms / 1000).toFixed(1)} s.`));
    $('counts').dataset.firms = String(s.firms);
    $('counts').dataset.bad = String(s.bad_rows);
    tiles(s.total);
    chart($('chart-rules'), s.by_rule, '按政策的确定金额 / certain money by rule');
    chart($('chart-years'), s.by_year, '每年金额按方案年度 / yearly sums by scheme year');
    table($('by-district'), s.by_district, ['区', 'district']);
    table($('by-size'), s.by_size, ['规模', 'size']);
    table($('by-document'), s.by_document, ['文件', 'document']);
    table($('by-rule'), s.by_rule, ['政策', 'rule']);
    const rule = $('step-rule');
    rule.replaceChildren(el('option', { value: '', text: '全部 All' }), ...s.step_rules.map(([id, zh, english]) => el('option', { value: id, text: `${zh} · ${english}` })));
    askSteps();
    $('check-info').replaceChildren(bi(
      s.errors_total > s.errors.length ? `共 ${s.errors_total} 处问题，这里列出前 ${s.errors.length} 处；全部见“数据检查 CSV”或工作簿。` : `共 ${s.errors_total} 处问题。`,
      `${s.errors_total} problems${s.errors_total > s.errors.length ? `; the first ${s.errors.length} here, all in the check CSV and the workbook` : ''}.`));
    $('check').tBodies[0].replaceChildren(...s.errors.map((e) => el('tr', {}, el('td', { text: String(e.line) }), el('td', { text: e.column || '（整行）' }), el('td', {}, bi(e.zh, e.en)))));
    $('notes').replaceChildren(...(s.notes.length ? [el('h4', {}, bi('提示（计入结果，仅请留意）', 'Notes (counted; worth a look)'))] : []),
      ...s.notes.map((n) => el('p', { class: 'note' }, bi(`${n.text.zh}（${n.firms} 家；行 ${n.lines.slice(0, 10).join('、')}${n.firms > 10 ? '…' : ''}）`, n.text.en))));
  }

  function askSteps() {
    worker.postMessage({ type: 'steps', rule: $('step-rule').value, limit: 200, base: base() });
  }
  $('step-rule').addEventListener('change', askSteps);
  $('link-base').addEventListener('change', () => { if (summary) askSteps(); });

  function renderSteps(v) {
    $('steps-info').replaceChildren(bi(`共 ${v.total} 条${v.total > v.steps.length ? `，这里列出前 ${v.steps.length} 条；全部见“一步之遥 CSV”或工作簿` : ''}。按这一步确定可多得的一次性与一年的每年金额排序。`,
      `${v.total} steps${v.total > v.steps.length ? `; the first ${v.steps.length} here` : ''}, by the certain money the step brings.`));
    $('steps').tBodies[0].replaceChildren(...v.steps.map((s, i) => el('tr', {},
      el('td', { text: String(i + 1) }), el('td', { text: String(s.line) }), el('th', { scope: 'row', text: s.name }), el('td', {}, bi(s.fix.zh, s.fix.en)),
      el('td', { text: s.money_zh }), el('td', { text: s.rules.map((r) => `${r[1]}：${r[3].zh}`).join('；') }),
      el('td', {}, el('a', { href: s.link, target: '_blank', rel: 'noopener', text: '打开 open' })))));
  }

  function receive(m) {
    switch (m.type) {
      case 'unavailable':
        if (!js) fallBack();
        else showError({ zh: `此浏览器无法运行计算：${m.message}`, en: `This browser cannot run the computation: ${m.message}` });
        break;
      case 'lists': lists = m; break;
      case 'mapping': renderMapping(m.mapping); break;
      case 'saved':
        saved = m.json;
        if (pending && pending.save) { pending = null; save('专精特新测算-列对应.json', 'application/json', m.json); }
        if (pendingReopen) { pendingReopen = false; open(file, true); }
        break;
      case 'problems':
        $('progress-box').hidden = true;
        $('problems').replaceChildren(...m.problems.map((p) => el('li', {}, bi(`“${p.field}”：${p.zh}`, p.en))));
        break;
      case 'progress': {
        $('progress').max = Math.max(1, m.total);
        $('progress').value = m.done;
        $('progress-text').replaceChildren(bi(`已处理 ${m.done} / ${m.total} 行`, `${m.done} of ${m.total} rows`));
        break;
      }
      case 'summary':
        // Kept for the benchmark (tests/e2e/office-bench.mjs): the run's time and the worker's memory.
        document.body.dataset.runMs = String(m.ms);
        document.body.dataset.memory = String(m.memory);
        renderSummary(m.summary, m.ms);
        break;
      case 'steps': renderSteps(m.steps); break;
      case 'file': save(m.name, m.mime, m.bytes); break;
      case 'error': showError(m.text); break;
      default: break;
    }
  }
}());
