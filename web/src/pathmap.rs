//! A small map keyed by field `Path`, kept in path order in one `Vec` (what the form holds:
//! a few dozen entries). It does what the state needs of a `BTreeMap` in a fraction of the
//! wasm (each `BTreeMap` type costs ~5 KB of code; binary search over a `Vec` costs little).

use srdi_rules::Path;

#[derive(Debug, Clone, PartialEq)]
pub struct PathMap<V>(Vec<(Path, V)>);

impl<V> Default for PathMap<V> {
    fn default() -> Self {
        PathMap(Vec::new())
    }
}

impl<V> PathMap<V> {
    pub fn new() -> Self {
        Self::default()
    }
    fn at(&self, k: &Path) -> Result<usize, usize> {
        self.0.binary_search_by(|(p, _)| p.cmp(k))
    }
    pub fn insert(&mut self, k: Path, v: V) -> Option<V> {
        match self.at(&k) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, v)),
            Err(i) => {
                self.0.insert(i, (k, v));
                None
            }
        }
    }
    pub fn remove(&mut self, k: &Path) -> Option<V> {
        self.at(k).ok().map(|i| self.0.remove(i).1)
    }
    pub fn get(&self, k: &Path) -> Option<&V> {
        self.at(k).ok().map(|i| &self.0[i].1)
    }
    pub fn contains_key(&self, k: &Path) -> bool {
        self.at(k).is_ok()
    }
    pub fn keys(&self) -> impl Iterator<Item = &Path> {
        self.0.iter().map(|(k, _)| k)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn len(&self) -> usize {
        self.0.len()
    }
    pub fn clear(&mut self) {
        self.0.clear();
    }
}

impl<V> Extend<(Path, V)> for PathMap<V> {
    fn extend<I: IntoIterator<Item = (Path, V)>>(&mut self, iter: I) {
        for (k, v) in iter {
            self.insert(k, v);
        }
    }
}

impl<V> FromIterator<(Path, V)> for PathMap<V> {
    fn from_iter<I: IntoIterator<Item = (Path, V)>>(iter: I) -> Self {
        let mut m = PathMap::new();
        m.extend(iter);
        m
    }
}

impl<V> IntoIterator for PathMap<V> {
    type Item = (Path, V);
    type IntoIter = std::vec::IntoIter<(Path, V)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// The fields a person has left at least once.
pub type PathSet = PathMap<()>;

impl PathSet {
    pub fn add(&mut self, k: Path) {
        self.insert(k, ());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_path_order_and_one_value_per_path() {
        let mut m = PathMap::new();
        m.insert(Path::TitleLittleGiant, "2026");
        m.insert(Path::City, "nanjing");
        assert_eq!(m.insert(Path::TitleLittleGiant, "2025"), Some("2026"));
        assert_eq!(m.len(), 2);
        let keys: Vec<Path> = m.keys().copied().collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(keys, sorted);
        assert_eq!(m.get(&Path::TitleLittleGiant), Some(&"2025"));
        assert_eq!(m.remove(&Path::City), Some("nanjing"));
        assert!(!m.contains_key(&Path::City));
    }
}
