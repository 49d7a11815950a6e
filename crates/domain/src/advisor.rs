//! The deletion advisor: the seed's decision guide (spec §5, D-1 to D-4) as one pure function.
//!
//! The advisor recommends; the server decides what the recommendation changes. Only three answers
//! change the outcome of an unsend: `too_late` (refused), `needs_lead_approval` (held for a lead)
//! and, for a moderation removal, `reply_instead` (refused: criticism is answered, not censored).

use serde::Serialize;

use crate::Reason;

/// What the advisor knows about a removal request (D-2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdviceInput {
    pub reason: Reason,
    /// The guard found personal data or a secret in the message.
    pub leaks_personal_data_or_secret: bool,
    /// The guard found an insult, hate or a threat in the message.
    pub insulting_or_illegal: bool,
    /// The message is still inside the unsend window (server clock).
    pub inside_window: bool,
    /// A lead or owner removes someone else's (a guest's) message.
    pub moderation: bool,
    /// Others replied to the message.
    pub others_replied: bool,
    /// Unsends by the same author in the same conversation in the last 10 minutes, this one excluded.
    pub recent_unsends_by_author: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Recommendation {
    Unsend,
    EditInstead,
    ReplyInstead,
    NeedsLeadApproval,
    TooLate,
    Escalate,
}

impl Recommendation {
    pub const ALL: [Recommendation; 6] = [
        Recommendation::Unsend,
        Recommendation::EditInstead,
        Recommendation::ReplyInstead,
        Recommendation::NeedsLeadApproval,
        Recommendation::TooLate,
        Recommendation::Escalate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Recommendation::Unsend => "unsend",
            Recommendation::EditInstead => "edit_instead",
            Recommendation::ReplyInstead => "reply_instead",
            Recommendation::NeedsLeadApproval => "needs_lead_approval",
            Recommendation::TooLate => "too_late",
            Recommendation::Escalate => "escalate",
        }
    }

    /// The recommendation in one short sentence, French or English.
    pub fn label(self, french: bool) -> &'static str {
        let (fr, en) = match self {
            Recommendation::Unsend => (
                "Recommandé : retirer le message.",
                "Recommended: unsend the message.",
            ),
            Recommendation::EditInstead => (
                "Recommandé : modifier plutôt que retirer.",
                "Recommended: edit instead of unsending.",
            ),
            Recommendation::ReplyInstead => (
                "Recommandé : répondre plutôt que retirer.",
                "Recommended: reply instead of removing.",
            ),
            Recommendation::NeedsLeadApproval => (
                "Un responsable doit valider ce retrait.",
                "A lead must approve this unsend.",
            ),
            Recommendation::TooLate => ("Trop tard pour retirer.", "Too late to unsend."),
            Recommendation::Escalate => (
                "Retirez tout de suite et alertez votre responsable.",
                "Unsend now and alert your lead.",
            ),
        };
        if french {
            fr
        } else {
            en
        }
    }
}

/// The advisor's answer. `rationale` holds message keys; the FR/EN texts live with the UI's
/// translations and in [`Advice::rationale_text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Advice {
    pub recommendation: Recommendation,
    pub rationale: Vec<&'static str>,
    pub severity: &'static str,
}

/// The third unsend in a row within 10 minutes is "rewriting history" (D-3).
const REWRITE_THRESHOLD: u32 = 2;

pub fn advise(input: AdviceInput) -> Advice {
    let severity = severity(input);
    let (recommendation, rationale): (Recommendation, Vec<&'static str>) = if input.moderation {
        // The reason the lead gives decides (the interface trusts and records it); the guard's
        // findings only inform: when it sees an insult or illegal content behind a reason that
        // does not allow removal, the advice says which reason would.
        if input.reason.allows_moderation() {
            (Recommendation::Unsend, vec!["advice-moderation-justified"])
        } else if input.insulting_or_illegal {
            (
                Recommendation::ReplyInstead,
                vec!["advice-criticism-reply", "advice-moderation-pick-reason"],
            )
        } else {
            (Recommendation::ReplyInstead, vec!["advice-criticism-reply"])
        }
    } else if !input.inside_window {
        let mut rationale = vec!["advice-too-late", "advice-follow-up"];
        // D-4: past the window, a serious error is a matter for the lead and the crisis plan.
        if severity == "high" {
            rationale.push("advice-too-late-crisis");
        }
        (Recommendation::TooLate, rationale)
    } else if input.leaks_personal_data_or_secret {
        (
            Recommendation::Escalate,
            vec!["advice-leak-escalate", "advice-act-fast"],
        )
    } else if input.recent_unsends_by_author >= REWRITE_THRESHOLD {
        (
            Recommendation::NeedsLeadApproval,
            vec!["advice-many-unsends"],
        )
    } else if input.others_replied && !input.reason.is_flagrant() {
        (
            Recommendation::NeedsLeadApproval,
            vec!["advice-replied-rewrite"],
        )
    } else if input.reason == Reason::Typo {
        (Recommendation::EditInstead, vec!["advice-typo-edit"])
    } else if input.reason.is_flagrant() {
        (Recommendation::Unsend, vec!["advice-flagrant-act-fast"])
    } else {
        (Recommendation::Unsend, vec!["advice-unsend-and-rephrase"])
    };
    Advice {
        recommendation,
        rationale,
        severity,
    }
}

fn severity(input: AdviceInput) -> &'static str {
    if input.leaks_personal_data_or_secret {
        "high"
    } else {
        match input.reason {
            Reason::Confidential | Reason::Illegal => "high",
            Reason::Inaccurate | Reason::DangerousLink | Reason::Insulting => "medium",
            _ if input.insulting_or_illegal => "medium",
            _ => "low",
        }
    }
}

impl Advice {
    /// The rationale lines in French or English.
    pub fn rationale_text(&self, french: bool) -> Vec<&'static str> {
        self.rationale
            .iter()
            .map(|key| rationale_text(key, french))
            .collect()
    }
}

/// One rationale key's text in French or English.
pub fn rationale_text(key: &str, french: bool) -> &'static str {
    let (fr, en) = match key {
        "advice-moderation-justified" => (
            "Contenu insultant, illégal, dangereux ou confidentiel : le retrait est justifié et sera consigné.",
            "Insulting, illegal, dangerous or confidential content: removal is justified and will be recorded.",
        ),
        "advice-moderation-pick-reason" => (
            "Le garde y voit une insulte ou un contenu illégal : si c'est bien le cas, choisissez le motif « Propos insultants ou diffamatoires » ou « Contenu illégal ou contraire aux règles » pour le retirer.",
            "The guard sees an insult or illegal content in it: if so, pick the reason \"Insulting or defamatory wording\" or \"Illegal or rule-breaking content\" to remove it.",
        ),
        "advice-criticism-reply" => (
            "Une critique qui n'insulte personne se traite par une réponse, pas par une suppression.",
            "Criticism that insults no one is answered, not removed.",
        ),
        "advice-too-late" => (
            "Le délai de retrait est dépassé : le message ne peut plus être retiré pour tout le monde.",
            "The unsend window has passed: the message can no longer be removed for everyone.",
        ),
        "advice-follow-up" => (
            "Supprimez-le pour vous et publiez une correction ou des excuses.",
            "Delete it for yourself and post a correction or an apology.",
        ),
        "advice-too-late-crisis" => (
            "Gravité élevée : prévenez tout de suite votre responsable et suivez le plan de crise.",
            "High severity: alert your lead now and follow the crisis plan.",
        ),
        "advice-leak-escalate" => (
            "Données personnelles ou secret exposés : retirez tout de suite et prévenez votre responsable.",
            "Personal data or a secret was exposed: remove it now and alert your lead.",
        ),
        "advice-act-fast" => (
            "Chaque minute compte : d'autres peuvent déjà l'avoir lu.",
            "Every minute counts: others may already have read it.",
        ),
        "advice-many-unsends" => (
            "Plusieurs retraits de suite dans cette conversation : un responsable doit valider.",
            "Several unsends in a row in this conversation: a lead must approve.",
        ),
        "advice-replied-rewrite" => (
            "D'autres ont déjà répondu : retirer ce message réécrirait l'échange. Un responsable doit valider.",
            "Others already replied: removing this message would rewrite the exchange. A lead must approve.",
        ),
        "advice-typo-edit" => (
            "Une faute de frappe ? Modifiez plutôt le message.",
            "A typo? Edit the message instead.",
        ),
        "advice-flagrant-act-fast" => (
            "Erreur manifeste : retirez vite, puis expliquez et corrigez.",
            "A clear error: remove it quickly, then explain and correct.",
        ),
        _ => (
            "Retirez le message, puis reformulez calmement.",
            "Remove the message, then rephrase calmly.",
        ),
    };
    if french {
        fr
    } else {
        en
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Recommendation::*;

    fn input(reason: Reason) -> AdviceInput {
        AdviceInput {
            reason,
            leaks_personal_data_or_secret: false,
            insulting_or_illegal: false,
            inside_window: true,
            moderation: false,
            others_replied: false,
            recent_unsends_by_author: 0,
        }
    }

    #[test]
    fn decision_guide_row_by_row() {
        // (spec id, input, expected)
        let rows: Vec<(&str, AdviceInput, Recommendation)> = vec![
            ("D-1 confidential", input(Reason::Confidential), Unsend),
            ("D-1 inaccurate", input(Reason::Inaccurate), Unsend),
            ("D-1 impulsive", input(Reason::Impulsive), Unsend),
            ("D-3 typo", input(Reason::Typo), EditInstead),
            (
                "D-3 criticism",
                AdviceInput {
                    moderation: true,
                    ..input(Reason::Other)
                },
                ReplyInstead,
            ),
            (
                "D-3 an insult given another reason: the reason decides",
                AdviceInput {
                    moderation: true,
                    insulting_or_illegal: true,
                    ..input(Reason::Other)
                },
                ReplyInstead,
            ),
            (
                "M-9 insult removal",
                AdviceInput {
                    moderation: true,
                    ..input(Reason::Insulting)
                },
                Unsend,
            ),
            (
                "D-3 third unsend",
                AdviceInput {
                    recent_unsends_by_author: 2,
                    ..input(Reason::Impulsive)
                },
                NeedsLeadApproval,
            ),
            (
                "D-3 replied, non-flagrant",
                AdviceInput {
                    others_replied: true,
                    ..input(Reason::Tone)
                },
                NeedsLeadApproval,
            ),
            (
                "D-1 replied, flagrant",
                AdviceInput {
                    others_replied: true,
                    ..input(Reason::DangerousLink)
                },
                Unsend,
            ),
            (
                "D-4 too late",
                AdviceInput {
                    inside_window: false,
                    ..input(Reason::Confidential)
                },
                TooLate,
            ),
            (
                "leak escalates",
                AdviceInput {
                    leaks_personal_data_or_secret: true,
                    ..input(Reason::Confidential)
                },
                Escalate,
            ),
        ];
        for (id, row, expected) in rows {
            assert_eq!(advise(row).recommendation, expected, "{id}");
        }
    }

    #[test]
    fn past_the_window_a_serious_error_points_to_the_lead_and_the_crisis_plan() {
        // D-4: delete for me and a correction always; the crisis plan when severity is high.
        let late = |reason, leak| AdviceInput {
            inside_window: false,
            leaks_personal_data_or_secret: leak,
            ..input(reason)
        };
        let minor = advise(late(Reason::Inaccurate, false));
        assert_eq!(minor.recommendation, TooLate);
        assert_eq!(minor.rationale, vec!["advice-too-late", "advice-follow-up"]);
        for serious in [
            late(Reason::Confidential, false),
            late(Reason::Illegal, false),
            late(Reason::Tone, true),
        ] {
            let advice = advise(serious);
            assert_eq!((advice.recommendation, advice.severity), (TooLate, "high"));
            assert_eq!(
                advice.rationale,
                vec![
                    "advice-too-late",
                    "advice-follow-up",
                    "advice-too-late-crisis"
                ]
            );
            assert!(advice.rationale_text(true)[2].contains("plan de crise"));
            assert!(advice.rationale_text(false)[2].contains("crisis plan"));
        }
    }

    #[test]
    fn every_rationale_has_both_languages() {
        for reason in Reason::ALL {
            let advice = advise(input(reason));
            assert!(!advice.rationale.is_empty());
            assert_ne!(advice.rationale_text(true), advice.rationale_text(false));
        }
    }
}
