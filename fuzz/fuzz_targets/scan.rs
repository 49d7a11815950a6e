//! Fuzz the guard: any UTF-8 input must scan without panicking, with spans inside the text on
//! char boundaries and char offsets consistent with byte offsets.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use retract_guard::{Guard, GuardConfig};

static GUARD: LazyLock<Guard> = LazyLock::new(|| {
    let config = GuardConfig {
        confidential_terms: vec!["Projet Aurore".into(), "NOVA-7".into(), "Opération Colibri".into()],
        blocked_domains: vec!["blocked-site.xyz".into()],
        brand_domains: vec!["atelier-seve.fr".into()],
        ..GuardConfig::default()
    };
    Guard::new(&config).expect("fuzz config compiles")
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let scan = GUARD.scan(text);
    for f in &scan.findings {
        assert!(f.byte_start < f.byte_end && f.byte_end <= text.len());
        assert!(text.is_char_boundary(f.byte_start) && text.is_char_boundary(f.byte_end));
        assert_eq!(text[..f.byte_start].chars().count(), f.start);
        assert_eq!(text[..f.byte_end].chars().count(), f.end);
    }
});
