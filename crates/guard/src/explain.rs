//! FR/EN explanation and suggested-fix texts for findings (pure lookups).
use serde::{Deserialize, Serialize};

/// Language of a human-readable text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

// key, FR explanation, EN explanation, kind, FR fix, EN fix
const TEXTS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "guard-pii-email",
        "Adresse e-mail d’une personne.",
        "A person's e-mail address.",
        "email",
        "Masquer l’adresse",
        "Mask the address",
    ),
    (
        "guard-pii-phone",
        "Numéro de téléphone.",
        "Phone number.",
        "phone",
        "Masquer le numéro",
        "Mask the number",
    ),
    (
        "guard-pii-iban",
        "IBAN (coordonnées bancaires, clé valide).",
        "IBAN (bank details, valid checksum).",
        "iban",
        "Retirer l’IBAN",
        "Remove the IBAN",
    ),
    (
        "guard-pii-card",
        "Numéro de carte bancaire (Luhn valide).",
        "Payment card number (valid Luhn).",
        "card",
        "Retirer le numéro de carte",
        "Remove the card number",
    ),
    (
        "guard-pii-nir",
        "Numéro de sécurité sociale (NIR, clé valide).",
        "French social security number (NIR, valid key).",
        "nir",
        "Retirer le numéro de sécurité sociale",
        "Remove the social security number",
    ),
    (
        "guard-pii-ip",
        "Adresse IP.",
        "IP address.",
        "ip",
        "Masquer l’adresse IP",
        "Mask the IP address",
    ),
    (
        "guard-pii-address",
        "Adresse postale d’une personne.",
        "A person's postal address.",
        "address",
        "Retirer l’adresse",
        "Remove the address",
    ),
    (
        "guard-pii-birthdate",
        "Date de naissance.",
        "Date of birth.",
        "birthdate",
        "Retirer la date de naissance",
        "Remove the date of birth",
    ),
    (
        "guard-secret-password",
        "Mot de passe en clair.",
        "Password in clear text.",
        "password",
        "Retirer le mot de passe et le changer",
        "Remove the password and change it",
    ),
    (
        "guard-secret-api_key",
        "Clé d’API.",
        "API key.",
        "api_key",
        "Retirer la clé et la révoquer",
        "Remove the key and revoke it",
    ),
    (
        "guard-secret-private_key",
        "Clé privée.",
        "Private key.",
        "private_key",
        "Retirer la clé et la remplacer",
        "Remove the key and replace it",
    ),
    (
        "guard-secret-token",
        "Jeton d’accès.",
        "Access token.",
        "token",
        "Retirer le jeton et le révoquer",
        "Remove the token and revoke it",
    ),
    (
        "guard-confidential-lexicon",
        "Terme confidentiel de l’espace de travail.",
        "Confidential workspace term.",
        "lexicon",
        "Retirer le terme confidentiel",
        "Remove the confidential term",
    ),
    (
        "guard-link-ip_host",
        "Lien vers une adresse IP plutôt qu’un nom de domaine.",
        "Link to a raw IP address instead of a domain name.",
        "ip_host",
        "Vérifier ou retirer le lien",
        "Check or remove the link",
    ),
    (
        "guard-link-punycode",
        "Domaine internationalisé (punycode) pouvant imiter un autre.",
        "Internationalised (punycode) domain that may imitate another.",
        "punycode",
        "Vérifier ou retirer le lien",
        "Check or remove the link",
    ),
    (
        "guard-link-lookalike",
        "Domaine qui imite une marque connue.",
        "Domain imitating a well-known brand.",
        "lookalike",
        "Remplacer par le lien officiel",
        "Use the official link",
    ),
    (
        "guard-link-shortener",
        "Lien raccourci : la destination est cachée.",
        "Shortened link: the destination is hidden.",
        "shortener",
        "Mettre le lien complet",
        "Use the full link",
    ),
    (
        "guard-link-insecure",
        "Lien non chiffré (http).",
        "Unencrypted link (http).",
        "insecure",
        "Utiliser https",
        "Use https",
    ),
    (
        "guard-link-blocklisted",
        "Domaine bloqué par l’espace de travail.",
        "Domain blocked by the workspace.",
        "blocklisted",
        "Retirer le lien",
        "Remove the link",
    ),
    (
        "guard-link-mismatch",
        "Le texte du lien montre un autre domaine que sa cible.",
        "The link text shows a different domain from its target.",
        "mismatch",
        "Afficher la vraie destination",
        "Show the real destination",
    ),
    (
        "guard-illegal-hate",
        "Propos haineux envers un groupe.",
        "Hateful statement about a group.",
        "hate",
        "Supprimer ce passage",
        "Delete this passage",
    ),
    (
        "guard-illegal-threat",
        "Menace envers une personne.",
        "Threat against a person.",
        "threat",
        "Supprimer ce passage",
        "Delete this passage",
    ),
    (
        "guard-insult-insult",
        "Insulte.",
        "Insult.",
        "insult",
        "Reformuler sans insulte",
        "Rephrase without the insult",
    ),
    (
        "guard-tone-shouting",
        "Majuscules : le message semble crié.",
        "All caps: the message reads as shouting.",
        "shouting",
        "Écrire en minuscules",
        "Use normal case",
    ),
    (
        "guard-tone-punctuation",
        "Ponctuation excessive.",
        "Excessive punctuation.",
        "punctuation",
        "Garder un seul signe",
        "Keep a single mark",
    ),
    (
        "guard-tone-aggressive",
        "Formulation agressive envers l’interlocuteur.",
        "Hostile wording towards the reader.",
        "aggressive",
        "Reformuler calmement",
        "Rephrase calmly",
    ),
];

/// The explanation text of a finding's `explanation_key`, in French or English. Unknown keys get a
/// generic text.
pub fn explain(key: &str, lang: Lang) -> &'static str {
    match TEXTS.iter().find(|t| t.0 == key) {
        Some(t) => match lang {
            Lang::Fr => t.1,
            Lang::En => t.2,
        },
        None => match lang {
            Lang::Fr => "Contenu à vérifier avant l’envoi.",
            Lang::En => "Content to check before sending.",
        },
    }
}

/// A short suggested fix for a finding kind (`phone` → « Masquer le numéro » / "Mask the number").
pub fn suggested_fix(kind: &str, lang: Lang) -> Option<&'static str> {
    TEXTS.iter().find(|t| t.3 == kind).map(|t| match lang {
        Lang::Fr => t.4,
        Lang::En => t.5,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Kind;

    #[test]
    fn every_kind_has_texts() {
        for k in Kind::ALL {
            assert_ne!(
                explain(k.explanation_key(), Lang::En),
                explain("nope", Lang::En)
            );
            assert!(suggested_fix(k.as_str(), Lang::Fr).is_some());
        }
        assert_eq!(suggested_fix("phone", Lang::Fr), Some("Masquer le numéro"));
        assert_eq!(suggested_fix("phone", Lang::En), Some("Mask the number"));
    }
}
