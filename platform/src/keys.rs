//! Cache and state keys as file names (desktop files, OPFS files): one safe name per key, reversible,
//! shared by every platform that stores entries under file names.

/// Turns a key into a single safe file name: `[A-Za-z0-9._-]` stay, everything else becomes `%XX`,
/// and a leading `.` is escaped too, so names starting with `.` are free for temporary files.
pub fn escape_key(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    for b in key.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || (b == b'.' && !out.is_empty()) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The inverse of [`escape_key`]; `None` for names that are not escaped keys.
pub fn unescape_key(name: &str) -> Option<String> {
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = name.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_through_file_names() {
        for key in ["blobs/did:plc:abc@localhost:2583/bafkrei", ".hidden", "a%b", "plain"] {
            let name = escape_key(key);
            assert!(!name.starts_with('.'), "{name} would be hidden");
            assert!(!name.contains('/'));
            assert_eq!(unescape_key(&name).as_deref(), Some(key));
        }
    }
}
