//! The page, named after what a user sees.
pub mod app;
pub mod form;
pub mod results;
pub mod send_to_host;
pub mod toolbar;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;
