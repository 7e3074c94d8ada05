//! `bounds` (every input limit) and `path` (every field's name) are leaves:
//! they import nothing from the crate, so every other module can use them
//! without an import circle (`error` once imported `profile` for its limits
//! while `profile` imported `error`).

fn crate_imports(src: &str) -> Vec<&str> {
    src.lines().map(str::trim_start).filter(|l| !l.starts_with("//") && (l.contains("crate::") || l.contains("super::"))).filter(|l| !l.starts_with("use super::*")).collect()
}

#[test]
fn bounds_and_path_import_nothing_from_the_crate() {
    assert_eq!(crate_imports(include_str!("../src/bounds.rs")), Vec::<&str>::new());
    assert_eq!(crate_imports(include_str!("../src/path.rs")), Vec::<&str>::new());
}

#[test]
fn errors_do_not_import_the_profile() {
    let imports = crate_imports(include_str!("../src/error.rs"));
    assert!(!imports.is_empty(), "error.rs reads its limits from bounds");
    for l in imports {
        assert!(!l.contains("profile") && !l.contains("fields"), "error.rs: {l}");
    }
}
