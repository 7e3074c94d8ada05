//! What can go wrong before a row is read: the file itself. Said in a clerk's words, in
//! Chinese and English, as the rules crate's errors are.

use srdi_rules::Text;

/// A register that cannot be read as a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// No header row: the file is empty or has only blank rows.
    Empty,
    /// CSV bytes that are neither UTF-8 nor GBK (nor UTF-16 with a byte-order mark).
    Encoding,
    /// A CSV record the `csv` crate could not read (an unclosed quote, …), at a file line.
    Csv { line: u64 },
    /// An XLSX workbook that could not be opened (damaged, password-protected), with the reader's words.
    Xlsx(String),
    /// An Excel 97–2003 workbook (`.xls`): save it as `.xlsx` or CSV.
    OldExcel,
    /// More rows than [`crate::table::MAX_ROWS`].
    TooManyRows,
    /// More text than 4 GB.
    TooLarge,
}

impl ReadError {
    pub fn text(&self) -> Text {
        let t = |zh: String, en: String| Text { zh, en };
        match self {
            ReadError::Empty => t("文件里没有表头行（文件为空，或只有空行）".into(), "The file has no header row (it is empty, or has only blank rows)".into()),
            ReadError::Encoding => t(
                "文件编码无法识别：既不是 UTF-8，也不是 GBK。请在 Excel 或 WPS 中另存为“CSV UTF-8”或 .xlsx".into(),
                "The file's encoding is neither UTF-8 nor GBK. Save it from Excel or WPS as “CSV UTF-8” or .xlsx".into(),
            ),
            ReadError::Csv { line } => {
                t(format!("第 {line} 行无法按 CSV 读取（可能有未闭合的引号）"), format!("Line {line} cannot be read as CSV (perhaps an unclosed quote)"))
            }
            ReadError::Xlsx(why) => t(
                format!("无法打开这个 Excel 文件（可能已损坏或设了密码）：{why}"),
                format!("This Excel file cannot be opened (damaged or password-protected?): {why}"),
            ),
            ReadError::OldExcel => t(
                "这是旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再打开".into(),
                "This is an old Excel file (.xls): save it as .xlsx or CSV in Excel or WPS, then open that".into(),
            ),
            ReadError::TooManyRows => t(
                format!("行数超过 {} 行，请分成几个文件", crate::table::MAX_ROWS),
                format!("More than {} rows; split the register into several files", crate::table::MAX_ROWS),
            ),
            ReadError::TooLarge => t("文件过大（超过 4 GB 文字）".into(), "The file is too large (over 4 GB of text)".into()),
        }
    }
}
