// The demo host's own code: mount the in-page calculator and show what the host receives.
SrdiCalc.mount(document.getElementById('inline'), { city: 'suzhou', compact: true, theme: '#0b5394', result: '预填申报表 / pre-fill your application' });
function show(e) {
  var t = e.detail.totals;
  document.getElementById('log').textContent = e.target.id + ': ' + e.detail.items.length + ' items, exact total ' + t.exact_one_off_fen / 100 + ' yuan';
}
document.getElementById('framed').addEventListener('srdi:result', show);
document.getElementById('inline').addEventListener('srdi:result', show);
