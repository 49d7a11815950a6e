//! Masked evidence: enough of a span to recognise it, not enough to leak it.
//!
//! Personal data and secrets keep their first two and last two characters and their separators
//! ("06 •• •• •• 78"); confidential terms keep their first letter; links, abuse and tone spans are
//! shown as written (they are what the author must reconsider, and carry no third-party data).
use crate::Kind;

const MASK: char = '•';

pub(crate) fn mask(kind: Kind, span: &str) -> String {
    match kind.category() {
        "pii" | "secret" => mask_keep(span, 2, if kind.category() == "secret" { 0 } else { 2 }),
        "confidential" => mask_keep(span, 1, 0),
        _ => shorten(span),
    }
}

fn mask_keep(span: &str, head: usize, tail: usize) -> String {
    let total = span.chars().filter(|c| c.is_alphanumeric()).count();
    let (head, tail) = if total <= head + tail + 2 {
        (total.min(1), 0)
    } else {
        (head, tail)
    };
    let mut seen = 0usize;
    let mut out = String::with_capacity(span.len() + 8);
    let mut masked_run = 0usize;
    for c in span.chars() {
        if c.is_alphanumeric() {
            seen += 1;
            if seen <= head || seen + tail > total {
                out.push(c);
            } else if masked_run < 32 {
                masked_run += 1;
                out.push(MASK);
            }
        } else if seen > head && seen + tail <= total && kind_is_long(total) {
            // Long secrets: drop separators inside the masked part.
        } else if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

fn kind_is_long(total: usize) -> bool {
    total > 40
}

fn shorten(span: &str) -> String {
    if span.chars().count() <= 120 {
        span.to_string()
    } else {
        let mut s: String = span.chars().take(117).collect();
        s.push('…');
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_phone_like_the_spec() {
        assert_eq!(mask(Kind::Phone, "06 12 34 56 78"), "06 •• •• •• 78");
    }

    #[test]
    fn secrets_keep_only_a_prefix() {
        let m = mask(Kind::Password, "Marseille1078*");
        assert!(m.starts_with("Ma"));
        assert!(!m.contains("1078"));
    }
}
