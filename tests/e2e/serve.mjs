// A tiny static server for dist/ (used by the browser tests and `scripts/serve.sh`).
// Serves precompressed .br/.gz files when the client accepts them, as a real host would.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8' };

export function serve(rootDir, port = 0, host = '127.0.0.1') {
  const root = fs.realpathSync(path.resolve(rootDir));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let name;
    try { name = decodeURIComponent(url.pathname); } catch { res.writeHead(400).end(); return; }
    let file = path.join(root, name);
    // Only files inside the served folder: `/..%2Fdist-js/x` resolves to a sibling folder whose
    // name merely starts with the root's, and a symlink may point anywhere.
    const inside = (f) => f === root || f.startsWith(root + path.sep);
    if (name.includes('\0') || !inside(file)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && !inside(fs.realpathSync(file))) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff',
      // The in-page widget loads the app's module and wasm from this origin into a host page.
      'access-control-allow-origin': '*' };
    const accept = req.headers['accept-encoding'] || '';
    let body = file;
    if (/\bbr\b/.test(accept) && fs.existsSync(file + '.br')) { body = file + '.br'; headers['content-encoding'] = 'br'; }
    else if (/\bgzip\b/.test(accept) && fs.existsSync(file + '.gz')) { body = file + '.gz'; headers['content-encoding'] = 'gzip'; }
    headers['vary'] = 'accept-encoding';
    res.writeHead(200, headers);
    fs.createReadStream(body).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = process.argv[2] || 'dist';
  const port = Number(process.argv[3] || 8080);
  const server = await serve(root, port);
  console.log(`srdi-calc: http://127.0.0.1:${server.address().port}/  (serving ${path.resolve(root)}; Ctrl-C to stop)`);
}
