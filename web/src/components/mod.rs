//! The page, named after what a user sees.
pub mod app;
pub mod form;
pub mod results;
pub mod toolbar;
