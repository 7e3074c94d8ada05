//! A small QR code encoder for the printed card's share link, made in the page
//! (no service, no network): byte mode, error correction level M, versions 1–40,
//! the mask chosen by the standard's run, block and balance penalties.
//! The algorithm follows ISO/IEC 18004 as laid out in Nayuki's reference encoder.

/// Error-correction codewords per block and number of blocks, level M, by version (index 0 unused).
const ECC_PER_BLOCK: [u8; 41] = [
    0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
const BLOCKS: [u8; 41] = [
    0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];

/// A QR symbol: `size` × `size` modules, row by row, `true` = dark.
pub struct Qr {
    pub size: usize,
    dark: Vec<bool>,
}

impl Qr {
    pub fn dark(&self, x: usize, y: usize) -> bool {
        self.dark[y * self.size + x]
    }

    /// The symbol for `data`, or `None` if it is longer than a QR code holds at level M (2,331 bytes).
    pub fn encode(data: &[u8]) -> Option<Qr> {
        let (ver, capacity) = (1..=40).map(|v| (v, data_codewords(v))).find(|&(v, cap)| 4 + if v < 10 { 8 } else { 16 } + data.len() * 8 <= cap * 8)?;
        // Mode 0100 (byte), the length, the bytes, a terminator, then pad bytes.
        let mut bits = Bits::default();
        bits.push(4, 4);
        bits.push(data.len() as u32, if ver < 10 { 8 } else { 16 });
        for &b in data {
            bits.push(b.into(), 8);
        }
        bits.push(0, (capacity * 8 - bits.len).min(4));
        bits.push(0, (8 - bits.len % 8) % 8);
        let mut codewords = bits.bytes;
        for pad in [0xEC, 0x11].into_iter().cycle() {
            if codewords.len() >= capacity {
                break;
            }
            codewords.push(pad);
        }
        let mut qr = Symbol::new(ver);
        qr.draw_codewords(&interleave(ver, &codewords));
        let best = (0..8).min_by_key(|&m| {
            let mut q = qr.clone();
            q.apply_mask(m);
            q.draw_format(m);
            q.penalty()
        })?;
        qr.apply_mask(best);
        qr.draw_format(best);
        Some(Qr { size: qr.size, dark: qr.dark })
    }

    /// An SVG path drawing the dark modules, one module to the unit, a rectangle per run in a row.
    pub fn svg_path(&self) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                let start = x;
                while x < self.size && self.dark(x, y) {
                    x += 1;
                }
                if x > start {
                    d.push_str(&format!("M{start} {y}h{}v1H{start}z", x - start));
                }
                x += 1;
            }
        }
        d
    }
}

#[derive(Default)]
struct Bits {
    bytes: Vec<u8>,
    len: usize,
}

impl Bits {
    fn push(&mut self, value: u32, count: usize) {
        for i in (0..count).rev() {
            if self.len % 8 == 0 {
                self.bytes.push(0);
            }
            if (value >> i) & 1 == 1 {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 0x80 >> (self.len % 8);
            }
            self.len += 1;
        }
    }
}

/// Modules left for data and error correction once the function patterns are drawn, in bits.
fn raw_modules(ver: usize) -> usize {
    let mut n = (16 * ver + 128) * ver + 64;
    if ver >= 2 {
        let align = ver / 7 + 2;
        n -= (25 * align - 10) * align - 55;
        if ver >= 7 {
            n -= 36;
        }
    }
    n
}

fn data_codewords(ver: usize) -> usize {
    raw_modules(ver) / 8 - usize::from(ECC_PER_BLOCK[ver]) * usize::from(BLOCKS[ver])
}

/// Multiplication in GF(2⁸) modulo x⁸ + x⁴ + x³ + x² + 1.
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z: u16 = 0;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x11D);
        z ^= u16::from((y >> i) & 1) * u16::from(x);
    }
    z as u8
}

/// Splits the data into blocks, adds each block's Reed–Solomon codewords and interleaves them.
fn interleave(ver: usize, data: &[u8]) -> Vec<u8> {
    let (blocks, ecc_len) = (usize::from(BLOCKS[ver]), usize::from(ECC_PER_BLOCK[ver]));
    let raw = raw_modules(ver) / 8;
    let short = blocks - raw % blocks;
    let short_len = raw / blocks;
    // The generator polynomial's coefficients (highest first, leading 1 dropped).
    let mut divisor = vec![0u8; ecc_len];
    divisor[ecc_len - 1] = 1;
    let mut root = 1u8;
    for _ in 0..ecc_len {
        for j in 0..ecc_len {
            divisor[j] = gf_mul(divisor[j], root);
            if j + 1 < ecc_len {
                divisor[j] ^= divisor[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    let mut all: Vec<Vec<u8>> = Vec::with_capacity(blocks);
    let mut k = 0;
    for i in 0..blocks {
        let len = short_len - ecc_len + usize::from(i >= short);
        let dat = &data[k..k + len];
        k += len;
        let mut rem = vec![0u8; ecc_len];
        for &b in dat {
            let factor = b ^ rem[0];
            rem.rotate_left(1);
            rem[ecc_len - 1] = 0;
            for (r, &c) in rem.iter_mut().zip(&divisor) {
                *r ^= gf_mul(c, factor);
            }
        }
        let mut block = dat.to_vec();
        if i < short {
            block.push(0);
        }
        block.extend(rem);
        all.push(block);
    }
    let mut out = Vec::with_capacity(raw);
    for i in 0..all[0].len() {
        for (j, b) in all.iter().enumerate() {
            if i != short_len - ecc_len || j >= short {
                out.push(b[i]);
            }
        }
    }
    out
}

#[derive(Clone)]
struct Symbol {
    ver: usize,
    size: usize,
    dark: Vec<bool>,
    function: Vec<bool>,
}

impl Symbol {
    fn new(ver: usize) -> Symbol {
        let size = ver * 4 + 17;
        let mut s = Symbol { ver, size, dark: vec![false; size * size], function: vec![false; size * size] };
        for i in 0..size {
            s.set(6, i, i % 2 == 0);
            s.set(i, 6, i % 2 == 0);
        }
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4i32..=4 {
                for dx in -4i32..=4 {
                    let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                    if (0..size as i32).contains(&x) && (0..size as i32).contains(&y) {
                        let dist = dx.abs().max(dy.abs());
                        s.set(x as usize, y as usize, dist != 2 && dist != 4);
                    }
                }
            }
        }
        let pos = s.alignment_positions();
        let last = pos.len().saturating_sub(1);
        for (i, &ax) in pos.iter().enumerate() {
            for (j, &ay) in pos.iter().enumerate() {
                if !((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)) {
                    for dy in -2i32..=2 {
                        for dx in -2i32..=2 {
                            s.set((ax as i32 + dx) as usize, (ay as i32 + dy) as usize, dx.abs().max(dy.abs()) != 1);
                        }
                    }
                }
            }
        }
        // Reserve the format areas (drawn with the mask) and draw the version information.
        s.draw_format(0);
        if ver >= 7 {
            let mut rem = ver as u32;
            for _ in 0..12 {
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
            }
            let bits = (ver as u32) << 12 | rem;
            for i in 0..18 {
                let (a, b) = (size - 11 + i % 3, i / 3);
                let on = (bits >> i) & 1 == 1;
                s.set(a, b, on);
                s.set(b, a, on);
            }
        }
        s
    }

    fn set(&mut self, x: usize, y: usize, dark: bool) {
        let i = y * self.size + x;
        self.dark[i] = dark;
        self.function[i] = true;
    }

    fn alignment_positions(&self) -> Vec<usize> {
        if self.ver == 1 {
            return Vec::new();
        }
        let n = self.ver / 7 + 2;
        let step = if self.ver == 32 { 26 } else { (self.ver * 4 + n * 2 + 1) / (n * 2 - 2) * 2 };
        let mut pos: Vec<usize> = (0..n - 1).map(|i| self.size - 7 - i * step).collect();
        pos.push(6);
        pos.reverse();
        pos
    }

    /// The 15 format bits (level M, the mask) in both copies, and the dark module.
    fn draw_format(&mut self, mask: u8) {
        let data = u32::from(mask); // level M's two bits are 00
        let mut rem = data;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        let bits = (data << 10 | rem) ^ 0x5412;
        let bit = |i: usize| (bits >> i) & 1 == 1;
        let size = self.size;
        for i in 0..6 {
            self.set(8, i, bit(i));
        }
        self.set(8, 7, bit(6));
        self.set(8, 8, bit(7));
        self.set(7, 8, bit(8));
        for i in 9..15 {
            self.set(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set(8, size - 15 + i, bit(i));
        }
        self.set(8, size - 8, true);
    }

    fn draw_codewords(&mut self, data: &[u8]) {
        let size = self.size;
        let mut i = 0;
        let mut right = size - 1;
        loop {
            if right == 6 {
                right = 5;
            }
            for vert in 0..size {
                for j in 0..2 {
                    let x = right - j;
                    let upward = (right + 1) & 2 == 0;
                    let y = if upward { size - 1 - vert } else { vert };
                    if !self.function[y * size + x] && i < data.len() * 8 {
                        self.dark[y * size + x] = (data[i >> 3] >> (7 - (i & 7))) & 1 == 1;
                        i += 1;
                    }
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    fn apply_mask(&mut self, mask: u8) {
        for y in 0..self.size {
            for x in 0..self.size {
                let flip = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                let i = y * self.size + x;
                self.dark[i] ^= flip && !self.function[i];
            }
        }
    }

    /// Runs of five or more alike in a row or column, 2×2 blocks alike, and imbalance of dark and light.
    fn penalty(&self) -> usize {
        let n = self.size;
        let at = |x: usize, y: usize| self.dark[y * n + x];
        let mut p = 0;
        for line in 0..n {
            for horizontal in [true, false] {
                let mut run = 0;
                let mut prev = None;
                for k in 0..n {
                    let c = if horizontal { at(k, line) } else { at(line, k) };
                    if prev == Some(c) {
                        run += 1;
                        if run == 5 {
                            p += 3;
                        } else if run > 5 {
                            p += 1;
                        }
                    } else {
                        run = 1;
                        prev = Some(c);
                    }
                }
            }
        }
        for y in 0..n - 1 {
            for x in 0..n - 1 {
                let c = at(x, y);
                if c == at(x + 1, y) && c == at(x, y + 1) && c == at(x + 1, y + 1) {
                    p += 3;
                }
            }
        }
        let dark = self.dark.iter().filter(|&&d| d).count();
        let total = n * n;
        p + (dark * 20).abs_diff(total * 10).div_ceil(total).saturating_sub(1) * 10
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_grow_with_the_link_and_stop_at_the_standards_limit() {
        assert_eq!(Qr::encode(b"https://example.cn/").map(|q| q.size), Some(25)); // version 2 (M holds 26 bytes in v2)
        assert_eq!(Qr::encode(&[b'a'; 2331]).map(|q| q.size), Some(177)); // version 40
        assert!(Qr::encode(&[b'a'; 2332]).is_none());
    }

    #[test]
    fn the_finder_patterns_and_format_bits_are_where_a_reader_looks() {
        let q = Qr::encode(b"HELLO").expect("fits");
        assert_eq!(q.size, 21);
        // The three finders' centres are dark, their light rings light.
        for (x, y) in [(3, 3), (17, 3), (3, 17)] {
            assert!(q.dark(x, y) && !q.dark(x + 2, y) && q.dark(x + 3, y));
        }
        // The two copies of the format bits agree.
        let first: Vec<bool> = (0..6).map(|i| q.dark(8, i)).collect();
        let second: Vec<bool> = (0..6).map(|i| q.dark(20 - i, 8)).collect();
        assert_eq!(first, second);
    }
}
