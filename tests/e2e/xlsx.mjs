// Reads an XLSX workbook back for the browser tests, with nothing but node's zlib: the zip's
// central directory, each sheet's cells (shared strings, numbers, inline strings). Enough to check
// what office mode wrote, not a general reader.
import zlib from 'node:zlib';

function unzip(buf) {
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('xlsx: not a zip file');
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const files = {};
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('xlsx: broken central directory');
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files[name] = method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const col = (ref) => [...ref.replace(/\d+$/, '')].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

/** `{ sheetName: rows }`, each row an array of strings and numbers (empty cells undefined). */
export function readXlsx(buf) {
  const files = unzip(buf);
  const text = (f) => (files[f] ? files[f].toString('utf8') : '');
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map((m) => unescape([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const rels = Object.fromEntries([...text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = {};
  for (const m of text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const target = rels[m[2]].replace(/^\/?xl\//, '');
    const rows = [];
    for (const r of text(`xl/${target}`).matchAll(/<row [^>]*r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
      const row = [];
      for (const c of r[2].matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const type = (c[2].match(/t="(\w+)"/) || [])[1];
        const v = ((c[3] || '').match(/<v>([\s\S]*?)<\/v>/) || [])[1];
        const inline = ((c[3] || '').match(/<t[^>]*>([\s\S]*?)<\/t>/) || [])[1];
        row[col(c[1])] = type === 's' ? shared[Number(v)] : type === 'str' ? unescape(v || '') : type === 'inlineStr' ? unescape(inline || '') : v === undefined ? undefined : Number(v);
      }
      rows[Number(r[1]) - 1] = row;
    }
    out[unescape(m[1])] = rows;
  }
  return out;
}
