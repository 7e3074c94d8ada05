//! The parity digest: FNV-1a, 64-bit, over the UTF-8 of an assessment's JSON.
//! Small, stable and the same on every platform. Shared by the native
//! `parity_golden` test and the wasm replay (`crates/wasm/tests/parity.rs`);
//! `tests/e2e/jsapi.test.mjs` has the JavaScript twin.

pub fn fnv1a(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}
