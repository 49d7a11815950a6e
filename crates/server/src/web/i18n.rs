//! FR/EN texts of the pages, from the Fluent files in `locales/` (French is the default).

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{static_loader, Loader};
use unic_langid::{langid, LanguageIdentifier};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "fr",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static FR: LanguageIdentifier = langid!("fr");
static EN: LanguageIdentifier = langid!("en");

/// A page language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub fn parse(code: &str) -> Option<Lang> {
        match code {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }

    pub fn is_french(self) -> bool {
        self == Lang::Fr
    }
}

/// The text for `key`, with named arguments.
pub fn text(lang: Lang, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
    if args.is_empty() {
        return LOCALES.lookup(lang.id(), key);
    }
    let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .iter()
        .map(|(k, v)| (Cow::Owned(k.to_string()), v.clone()))
        .collect();
    LOCALES.lookup_with_args(lang.id(), key, &map)
}

/// Whether a key exists in the language (used to fall back for unknown error codes).
pub fn has(lang: Lang, key: &str) -> bool {
    LOCALES.try_lookup(lang.id(), key).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_every_key_and_differ() {
        let keys = |ftl: &str| -> std::collections::BTreeSet<String> {
            ftl.lines()
                .filter_map(|l| l.split_once(" = "))
                .map(|(k, _)| k.trim().to_string())
                .collect()
        };
        let fr = keys(include_str!("../../locales/fr/main.ftl"));
        let en = keys(include_str!("../../locales/en/main.ftl"));
        assert_eq!(fr, en, "the FR and EN files must define the same keys");
        assert!(has(Lang::En, "error-not_found") && !has(Lang::Fr, "error-no_such_code"));
        assert_eq!(
            text(Lang::Fr, "menu-unsend", &[]),
            "Supprimer pour tout le monde"
        );
        assert_eq!(text(Lang::En, "menu-unsend", &[]), "Delete for everyone");
        assert_eq!(
            text(Lang::En, "tombstone", &[("name", "Camille".into())]),
            "Message removed by Camille"
        );
    }
}
