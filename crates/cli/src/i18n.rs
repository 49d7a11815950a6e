//! FR/EN texts of what `retract` prints for a person — error lines, refused arguments, the demo
//! banner, the scan report's labels, `ledger verify`'s results — from the Fluent files in
//! `locales/{fr,en}/cli.ftl`. JSON and JSONL outputs are machine formats and never go through here.
//!
//! The language is chosen once per run ([`current`]): `RETRACT_LANG` when set, else the POSIX
//! locale variables in their order of precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`); a value that
//! starts with `fr` means French, anything else (or nothing) English.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, Loader};
use unic_langid::{langid, LanguageIdentifier};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static FR: LanguageIdentifier = langid!("fr");
static EN: LanguageIdentifier = langid!("en");

/// The language of the lines a person reads: the guard's own FR/EN choice, so that a scan's
/// explanations and the report around them name languages the same way.
pub use retract_guard::Lang;

/// The language the environment asks for.
fn from_env() -> Lang {
    detect(|name| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned()))
}

/// `RETRACT_LANG`, then `LC_ALL`, `LC_MESSAGES` and `LANG`: the first one set (and not empty)
/// decides; French when it starts with `fr`, English otherwise.
pub fn detect(var: impl Fn(&str) -> Option<String>) -> Lang {
    let chosen = ["RETRACT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .find_map(|name| var(name).filter(|v| !v.trim().is_empty()));
    match chosen {
        Some(value) if value.trim().to_ascii_lowercase().starts_with("fr") => Lang::Fr,
        _ => Lang::En,
    }
}

fn language_id(lang: Lang) -> &'static LanguageIdentifier {
    match lang {
        Lang::Fr => &FR,
        Lang::En => &EN,
    }
}

static CURRENT: OnceLock<Lang> = OnceLock::new();

/// The language of this run: the environment's, read once. Unit tests print English, whatever
/// the developer's locale, unless they ask for a language with [`Text::render`].
pub fn current() -> Lang {
    *CURRENT.get_or_init(|| if cfg!(test) { Lang::En } else { from_env() })
}

/// A message to print: its id in the Fluent files and its arguments. It renders in the run's
/// language when displayed, and is an error of its own, so that `anyhow` contexts and bails carry
/// it unchanged to `main`, which prints the chain on one line.
#[derive(Debug, Clone)]
pub struct Text {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

#[derive(Debug, Clone)]
enum Arg {
    Str(String),
    Num(u64),
}

/// The message `id` (an id of `locales/*/cli.ftl`).
pub fn t(id: &'static str) -> Text {
    Text {
        id,
        args: Vec::new(),
    }
}

impl Text {
    /// Adds a text argument.
    pub fn arg(mut self, name: &'static str, value: impl fmt::Display) -> Text {
        self.args.push((name, Arg::Str(value.to_string())));
        self
    }

    /// Adds a number argument (a count: it picks the plural form).
    pub fn num(mut self, name: &'static str, value: u64) -> Text {
        self.args.push((name, Arg::Num(value)));
        self
    }

    /// The message in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        if self.args.is_empty() {
            return LOCALES.lookup(language_id(lang), self.id);
        }
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Str(s) => FluentValue::from(s.clone()),
                    Arg::Num(n) => FluentValue::from(*n),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES.lookup_with_args(language_id(lang), self.id, &args)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(current()))
    }
}

impl std::error::Error for Text {}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    fn ids(ftl: &str) -> BTreeSet<String> {
        ftl.lines()
            .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|l| l.split_once(" ="))
            .map(|(id, _)| id.trim().to_string())
            .collect()
    }

    /// Every `t("…")` of the sources.
    fn used_ids() -> BTreeSet<String> {
        let sources = [
            include_str!("main.rs"),
            include_str!("config.rs"),
            include_str!("demo.rs"),
            include_str!("ledger.rs"),
            include_str!("run.rs"),
            include_str!("scan.rs"),
        ];
        let mut used = BTreeSet::new();
        for source in sources {
            for (at, _) in source.match_indices("t(\"") {
                let before = source[..at].chars().next_back().unwrap_or(' ');
                if before.is_alphanumeric() || before == '_' {
                    continue; // `.context("…")`, `print("…")`…
                }
                if let Some((id, _)) = source[at + 3..].split_once('"') {
                    used.insert(id.to_string());
                }
            }
        }
        used
    }

    #[test]
    fn every_message_id_exists_in_both_languages() {
        let fr = ids(include_str!("../locales/fr/cli.ftl"));
        let en = ids(include_str!("../locales/en/cli.ftl"));
        assert!(en.len() > 50, "{en:?}");
        assert_eq!(fr, en, "the FR and EN files must define the same ids");
        // Every variable of the files, so that each message formats without an error.
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = [
            include_str!("../locales/fr/cli.ftl"),
            include_str!("../locales/en/cli.ftl"),
        ]
        .iter()
        .flat_map(|ftl| ftl.split('$').skip(1))
        .map(|rest| {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            (Cow::Owned(name), FluentValue::from("x"))
        })
        .collect();
        assert!(LOCALES
            .try_lookup_with_args(&EN, "no-such-id", &args)
            .is_none());
        for id in &en {
            for lang in [Lang::Fr, Lang::En] {
                assert!(
                    LOCALES
                        .try_lookup_with_args(language_id(lang), id, &args)
                        .is_some(),
                    "{id} does not load in {lang:?}"
                );
            }
        }
        let used = used_ids();
        assert!(used.len() > 40, "{used:?}");
        let missing: Vec<_> = used.difference(&en).collect();
        assert!(missing.is_empty(), "ids used but not defined: {missing:?}");
        let unused: Vec<_> = en.difference(&used).collect();
        assert!(unused.is_empty(), "ids defined but never used: {unused:?}");
    }

    #[test]
    fn texts_render_with_their_arguments_and_plurals() {
        let open = t("ledger-cannot-open").arg("path", "/tmp/l.jsonl");
        assert_eq!(open.render(Lang::En), "cannot open /tmp/l.jsonl");
        assert_eq!(open.render(Lang::Fr), "impossible d’ouvrir /tmp/l.jsonl");
        let ok = |n| t("ledger-ok").num("entries", n);
        assert_eq!(ok(1).render(Lang::En), "ok 1 entry");
        assert_eq!(ok(2).render(Lang::En), "ok 2 entries");
        assert_eq!(ok(1).render(Lang::Fr), "ok 1 entrée");
        assert_eq!(ok(1500).render(Lang::Fr), "ok 1500 entrées");
        assert_eq!(
            t("ledger-not-a-ledger-line").render(Lang::En),
            "not a ledger line: expected {\"type\":\"entry\",… or {\"type\":\"checkpoint\",…"
        );
    }

    #[test]
    fn retract_lang_wins_then_the_posix_variables_in_order() {
        let with = |vars: &[(&str, &str)]| {
            let vars: Vec<(String, String)> = vars
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            detect(move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
        };
        assert_eq!(with(&[]), Lang::En);
        assert_eq!(with(&[("LANG", "C.UTF-8")]), Lang::En);
        assert_eq!(with(&[("LANG", "fr_FR.UTF-8")]), Lang::Fr);
        assert_eq!(with(&[("LANG", "fr_CA")]), Lang::Fr);
        assert_eq!(
            with(&[("LANG", "fr_FR.UTF-8"), ("LC_MESSAGES", "en_GB")]),
            Lang::En
        );
        assert_eq!(
            with(&[("LC_MESSAGES", "en_GB"), ("LC_ALL", "fr_BE")]),
            Lang::Fr
        );
        assert_eq!(with(&[("LC_ALL", ""), ("LANG", "fr_FR")]), Lang::Fr);
        assert_eq!(
            with(&[("LC_ALL", "fr_FR"), ("RETRACT_LANG", "en")]),
            Lang::En
        );
        assert_eq!(with(&[("LANG", "C"), ("RETRACT_LANG", "fr")]), Lang::Fr);
        assert_eq!(with(&[("LANG", "fr_FR"), ("RETRACT_LANG", "de")]), Lang::En);
    }
}
