//! The abuse gate: which phrase families (hate, threat, aggressive tone) can match a folded text.
//!
//! One Aho-Corasick pass over words that every pattern of a family needs; the big phrase regexes
//! then run only on the few messages that contain them. The lists are the families' required
//! words, so a family whose words are absent cannot match and skipping it loses nothing.
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

/// Which phrase families can match a folded text: one Aho-Corasick pass over words that every
/// pattern of the family needs, so that the big phrase regexes run only on the few messages
/// that contain them.
#[derive(Default, Clone, Copy)]
pub(crate) struct Gate {
    pub hate: bool,
    pub threat: bool,
    pub aggressive: bool,
}

const HATE_WORDS: &[&str] = &[
    "noir",
    "arabe",
    "juif",
    "juive",
    "musulman",
    "rom",
    "gitan",
    "tzigane",
    "etranger",
    "immigr",
    "migrant",
    "refugi",
    "homo",
    "pede",
    "gay",
    "lesbien",
    "trans",
    "handicap",
    "gros",
    "obese",
    "femme",
    "asiati",
    "chinois",
    "africain",
    "maghreb",
    "blanc",
    "catholi",
    "chretien",
    "vieux",
    "voilee",
    "renoi",
    "rebeu",
    "bougnoul",
    "negre",
    "negro",
    "black",
    "jew",
    "muslim",
    "mexican",
    "arab",
    "asian",
    "chinese",
    "disabled",
    "women",
    "fat people",
    "foreigner",
    "gyps",
    "roma",
    "latino",
    "hispanic",
    "indian",
    "white",
    "christian",
    "your race",
    "your kind",
    "your people",
    "like you",
    "of your",
    "bicot",
    "youpin",
    "youtre",
    "tarlouze",
    "gouine",
    "bamboula",
    "chinetoque",
    "niakoue",
    "nigg",
    "kike",
    "spic",
    "chink",
    "faggot",
    "trann",
    "wetback",
    "raghead",
    "towelhead",
    "gook",
    "untermensch",
    "refugee",
    "clandestin",
    "sans-papiers",
    "roumain",
    "turc",
    "mexicain",
    "indien",
    "lgbt",
    "illegal",
    "asylum",
];
const THREAT_WORDS: &[&str] = &[
    "je vais",
    "je va ",
    "je compte",
    "je veux",
    "je sais",
    "on sait",
    "je connais",
    "on connait",
    "tu vas",
    "tu va ",
    "vous allez",
    "gaffe",
    "attention",
    "on va",
    "tes jours",
    "t'es mort",
    "gare a",
    "je te ",
    "i'll",
    "i will",
    "i'm going",
    "i am going",
    "i'm gonna",
    "gonna",
    "i know",
    "you'll",
    "you will",
    "you're going",
    "you are going",
    "make sure",
    "watch your",
    "you're dead",
    "you are dead",
    "we'll",
    "we will",
    "we're going",
    "i'm coming",
    "je sais ou",
    "je vais passer",
    "nous allons",
    "on veut",
    "nous voulons",
    "on compte",
    "nous comptons",
    "we know",
    "they know",
    "we are going",
    "we're gonna",
    "deserve to",
    "i hope you",
    "someone should",
    "better watch",
    "one eye open",
    "j'espere",
    "souhaite de",
    "merites de",
    "meritez de",
    "surveille",
];
const AGGRESSIVE_WORDS: &[&str] = &[
    "deja",
    "inutile",
    "relise",
    "pourtant",
    "rien compris",
    "a nous de",
    "notre boulot",
    "notre travail",
    "notre job",
    "notre role",
    "probleme",
    "faute",
    "auriez du",
    "aviez du",
    "fallait",
    "lise",
    "plaindre",
    "arretez",
    "ailleurs",
    "plait pas",
    "pas content",
    "y passer",
    "expres",
    "apprenez",
    "debrouillez",
    "tant pis",
    "perdre",
    "repeter",
    "savez",
    "already",
    "repeat",
    "wasting",
    "your problem",
    "your fault",
    "your issue",
    "not our",
    "clearly",
    "reading",
    "learn",
    "read the",
    "even read",
    "deal with it",
    "complaining",
    "whining",
    "harassing",
    "spamming",
    "crying",
    "else",
    "don't like",
    "how many times",
    "don't you understand",
];

impl Gate {
    pub(crate) fn new(folded: &str) -> Gate {
        static AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
            let all: Vec<&str> = HATE_WORDS
                .iter()
                .chain(THREAT_WORDS)
                .chain(AGGRESSIVE_WORDS)
                .copied()
                .collect();
            // A few hundred short words: a full DFA is small and the fastest for overlapping search.
            AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(all)
                .expect("static automaton")
        });
        let (h, t) = (HATE_WORDS.len(), HATE_WORDS.len() + THREAT_WORDS.len());
        let mut g = Gate::default();
        for m in AC.find_overlapping_iter(folded) {
            let i = m.pattern().as_usize();
            if i < h {
                g.hate = true;
            } else if i < t {
                g.threat = true;
            } else {
                g.aggressive = true;
            }
        }
        g
    }
}
