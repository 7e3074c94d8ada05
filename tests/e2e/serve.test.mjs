// The static server (what `scripts/serve.sh` runs) serves its folder and nothing beside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve } from './serve.mjs';

const base = fs.mkdtempSync(path.join(os.tmpdir(), 'srdi-serve-'));
const root = path.join(base, 'dist');
let server;

before(async () => {
  fs.mkdirSync(root);
  fs.writeFileSync(path.join(root, 'index.html'), '<p>calculator</p>');
  // Siblings whose names start with the root's, and a file above it.
  fs.mkdirSync(path.join(base, 'dist-js'));
  fs.writeFileSync(path.join(base, 'dist-js', 'x'), 'SECRET-SIBLING');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'SECRET-PARENT');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'link.txt'));
  server = await serve(root);
});
after(() => { server?.close(); fs.rmSync(base, { recursive: true, force: true }); });

// Sends the path exactly as written (no client-side normalisation).
function get(rawPath) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('serves the folder', async () => {
  const r = await get('/');
  assert.equal(r.status, 200);
  assert.match(r.body, /calculator/);
});

for (const p of ['/..%2Fdist-js/x', '/%2e%2e%2fdist-js/x', '/..%2Fsecret.txt', '/%2e%2e/secret.txt', '/..%5Csecret.txt', '/link.txt', '/%E0%A4%A']) {
  test(`nothing outside the folder: ${p}`, async () => {
    const r = await get(p);
    assert.notEqual(r.status, 200, `${p} was served`);
    assert.doesNotMatch(r.body, /SECRET/);
  });
}
