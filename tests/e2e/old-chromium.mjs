// Real old Chromium engines for the browser tests, from the npm packages that ship them:
// chrome-aws-lambda@2.1.1 (Chromium 80) and @10.1.0 (Chromium 92), each driven by the
// puppeteer-core of its own time (installed under aliases, see package.json).
// The packages hold brotli archives (bin/chromium.br, aws.tar.br, swiftshader.tar.br); they are
// unpacked once into node_modules/.cache/srdi-old-chromium/<package>/ (never committed).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const HERE = path.dirname(new URL(import.meta.url).pathname);
const CACHE = path.join(HERE, 'node_modules', '.cache', 'srdi-old-chromium');

export const ENGINES = [
  { name: 'Chromium 80', pkg: 'chrome-aws-lambda-2', puppeteer: 'puppeteer-core-2', major: 80 },
  { name: 'Chromium 92', pkg: 'chrome-aws-lambda-10', puppeteer: 'puppeteer-core-10', major: 92 },
];

/** Unpacks the engine's binary and libraries (once) and returns what launching it needs. */
export function unpack(engine) {
  const bin = path.join(path.dirname(require.resolve(`${engine.pkg}/package.json`)), 'bin');
  const dir = path.join(CACHE, engine.pkg);
  const exe = path.join(dir, 'chromium');
  const stamp = path.join(dir, '.complete');
  if (!fs.existsSync(stamp)) {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const inflate = (name) => zlib.brotliDecompressSync(fs.readFileSync(path.join(bin, name)));
    fs.writeFileSync(exe, inflate('chromium.br'), { mode: 0o755 });
    for (const tar of ['aws.tar', 'swiftshader.tar']) {
      const file = path.join(dir, tar);
      fs.writeFileSync(file, inflate(`${tar}.br`));
      execFileSync('tar', ['-xf', file, '-C', dir]);
      fs.rmSync(file);
    }
    fs.writeFileSync(stamp, 'ok\n');
  }
  // aws.tar unpacks lib/ (and a fonts.conf for Lambda, unused: the system's fonts serve);
  // swiftshader.tar unpacks beside the binary.
  return {
    executablePath: exe,
    env: {
      ...process.env,
      LD_LIBRARY_PATH: [path.join(dir, 'lib'), dir, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':'),
      HOME: path.join(dir, 'home'),
    },
    args: ['--no-sandbox', '--no-zygote', '--single-process', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--no-first-run', '--headless'],
  };
}

/** Launches the engine with its own puppeteer-core. */
export async function launch(engine) {
  const { executablePath, env, args } = unpack(engine);
  fs.mkdirSync(env.HOME, { recursive: true });
  const puppeteer = require(engine.puppeteer);
  return puppeteer.launch({ executablePath, env, args, headless: true, dumpio: false });
}
