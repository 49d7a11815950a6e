//! The abuse gate: which phrase families (hate, threat, aggressive tone, insult phrases) can match
//! a folded text.
//!
//! One Aho-Corasick pass over words that every pattern of a family needs; the big phrase regexes
//! then run only on the few messages that contain them. The lists are the families' required
//! words, so a family whose words are absent cannot match and skipping it loses nothing.
use std::sync::LazyLock;

#[cfg(test)]
use aho_corasick::AhoCorasick;
#[cfg(test)]
use proptest::strategy::Strategy;

/// Which phrase families can match a folded text: one Aho-Corasick pass over words that every
/// pattern of the family needs, so that the big phrase regexes run only on the few messages
/// that contain them.
#[derive(Default, Clone, Copy)]
pub(crate) struct Gate {
    pub hate: bool,
    pub threat: bool,
    pub aggressive: bool,
    /// Brush-offs and crude orders (a second aggressive-tone family).
    pub brush: bool,
    /// Insults that are phrases rather than words ("ferme ta gueule", "va te faire foutre",
    /// "tête de con", "espèce de sale rapace", "you piece of garbage").
    pub insult: bool,
}

const HATE_WORDS: &[&str] = &[
    "marocain",
    "algerien",
    "tunisien",
    "senegalais",
    "malien",
    "comorien",
    "afghan",
    "syrien",
    "pakistan",
    "albanais",
    "polonais",
    "ukrainien",
    "vietnamien",
    "moroccan",
    "algerian",
    "syrian",
    "somali",
    "nigerian",
    "albanian",
    "ukrainian",
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
    "mal finir",
    "mal se passer",
    "mal tourner",
    "end badly",
    "get ugly",
    "get nasty",
    "t'es mort",
    "gare a",
    "je te ",
    "je vous ",
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
    "watch ur",
    "one eye open",
    "j'espere",
    "souhaite de",
    "merites de",
    "meritez de",
    "surveille",
    "interet a dormir",
    "j'vais",
    "jvais",
    "jva ",
    "j' vais",
    "j'veux",
    "ta famille",
    "votre famille",
    "tes enfants",
    "vos enfants",
    "tes gosses",
    "vos gosses",
    "tes proches",
    "vos proches",
    "your family",
    "your kids",
    "your children",
    "your wife",
    "your husband",
    "your loved ones",
    "your daughter",
    "your son",
    "your mother",
    "your mom",
    "your mum",
    "ur family",
    "ur kids",
    "m'as ",
    "je t'",
    "j'te ",
    "i'd ",
    "shame if",
    "pity if",
    "dommage qu",
];
const AGGRESSIVE_WORDS: &[&str] = &[
    "shut up",
    "nobody asked",
    "no one asked",
    "even work",
    "actually work",
    "demande ton avis",
    "demande votre avis",
    "own business",
    "ferme-la",
    "tais-toi",
    "taisez-vous",
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
    "n'avez qu'a",
    "n'as qu'a",
    "prendre ou",
    "leave it",
    "own fault",
    "ruined",
    "wrecked",
    "dare",
    "get lost",
    "even capable",
    "seulement capable",
    "meme capable",
    "patience has",
    "patience have",
    "patience a ",
    "tout gache",
    "tout ruine",
    "tout foire",
    "tout fichu",
    "tout foutu",
    "foutez ",
    "te fous ",
    "fiches ",
    "foutre de",
    "ficher de",
    "moquer d",
    "demerde",
    "du monde",
    "payes a",
    "payes pour",
    "payee a",
    "payees a",
    "paye a",
    "paye pour",
    "payee pour",
    "payees pour",
    "you paid for",
    "you paid to",
    "you even paid",
    "you get paid",
    "you even get paid",
    "pour qui vous",
    "pour qui tu",
    "pour qui te",
    "prenez pour qui",
    "prends pour qui",
    "croyez pour qui",
    "crois pour qui",
    "m'obligez pas",
    "m'oblige pas",
    "me forcez pas",
    "me force pas",
    "pas repeter",
    "le redire",
    "think you are",
    "make me repeat",
    "make me ask",
    "make me say",
    "make me tell",
    "me gonfl",
    "me saoul",
    "me soul",
    "les brise",
    "les pieds",
    "les couilles",
    "les bonbons",
    "sur les nerfs",
    "fais chier",
    "faites chier",
    "faire chier",
    "piss me off",
    "pissing me off",
    "on my nerves",
    "annoy me",
    "me prenez",
    "me prend",
    "nous prenez",
    "nous prend",
    "me prendre pour",
    "m'prendre pour",
    "nous prendre pour",
    "combien de fois",
    "-toi un peu",
    "-vous un peu",
    "le train",
    "les fesses",
    "sur ce ton",
    "ras le bol",
    "ras-le-bol",
    "marre d",
    "assez d",
    "le dos d",
    "ma claque",
    "la casquette",
    "conneries",
    "salades",
    "bobards",
    "mensonges",
    "foutaises",
    "you ever",
    "don't ever",
    "do not ever",
    "many more times",
    "to me like that",
    "the crap",
    "the bullshit",
    "the bs",
    "the nonsense",
    "the excuses",
    "the bull",
    "think i'm",
    "think i am",
    "think we're",
    "think we are",
    "take me for",
    "take us for",
    "sick of",
    "sick and tired",
    "fed up",
    "tired of",
    "had it with",
    "for once",
    "done being",
    "interet a me",
    "un enfant",
    "un gamin",
    "un gosse",
    "even a ",
    "ben me",
    "bien me",
    "ben arreter",
    "bien arreter",
];

/// Brush-offs and crude orders ("occupez-vous de vos affaires", "bouge-toi le cul", "do your
/// damn job"): a family of their own, so that the messages with the blame family's words (many:
/// "déjà", "problème", "faute", "else"…) do not pay for these phrases too.
const BRUSH_WORDS: &[&str] = &[
    "waste my",
    "wasting my",
    "waste our",
    "wasting our",
    "moquez",
    "moques",
    "tes affaires",
    "vos affaires",
    "oignons",
    "regarde",
    "le cul",
    "le derriere",
    "le popotin",
    "les doigts",
    "putain de",
    "foutu ",
    "fichu ",
    "sale boulot",
    "sale travail",
    "sale job",
    "your business",
    "damn business",
    "fucking business",
    "damn job",
    "fucking job",
    "freaking job",
    "bloody job",
    "goddamn job",
    "effing job",
    "frigging job",
    "your ass",
    "your butt",
    "your arse",
    "act together",
    "shit together",
    "crap together",
    "sh*t together",
];

/// Insult phrases: each pattern of `abuse::INSULT_PHRASE` holds one of these.
const INSULT_WORDS: &[&str] = &[
    "gueule",
    "faire foutre",
    "faire voir",
    "faire enculer",
    "faire mettre",
    "piece of",
    "pile of",
    "sack of",
    "bag of",
    "lump of",
    "tete de",
    "face de",
    "espece d",
    "especes d",
    "sale ",
    "sales ",
    "gros ",
    "grosse",
    "pauvre",
    "joke",
    "blague",
    "farce",
    "honte",
    "plaisanterie",
];

/// The five families in one list, in the order [`Gate::note`] reads pattern numbers.
fn all_words() -> Vec<&'static str> {
    HATE_WORDS
        .iter()
        .chain(THREAT_WORDS)
        .chain(AGGRESSIVE_WORDS)
        .chain(BRUSH_WORDS)
        .chain(INSULT_WORDS)
        .copied()
        .collect()
}

impl Gate {
    pub(crate) fn new(folded: &str) -> Gate {
        static DFA: LazyLock<aho_corasick::dfa::DFA> =
            LazyLock::new(|| crate::triggers::dfa(&all_words(), false));
        let mut g = Gate::default();
        crate::triggers::overlapping(&DFA, folded.as_bytes(), |i| {
            g.note(i);
            // Once the three families are known, the rest of the text cannot change the gate.
            !(g.hate && g.threat && g.aggressive && g.brush && g.insult)
        });
        g
    }

    fn note(&mut self, i: usize) {
        let (h, t) = (HATE_WORDS.len(), HATE_WORDS.len() + THREAT_WORDS.len());
        let a = t + AGGRESSIVE_WORDS.len();
        let b = a + BRUSH_WORDS.len();
        if i < h {
            self.hate = true;
        } else if i < t {
            self.threat = true;
        } else if i < a {
            self.aggressive = true;
        } else if i < b {
            self.brush = true;
        } else {
            self.insult = true;
        }
    }

    /// [`Gate::new`] with `AhoCorasick::find_overlapping_iter` (property-tested against it).
    #[cfg(test)]
    fn reference(folded: &str) -> Gate {
        static AC: LazyLock<AhoCorasick> = LazyLock::new(|| {
            AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(all_words())
                .expect("static automaton")
        });
        let mut g = Gate::default();
        for m in AC.find_overlapping_iter(folded) {
            g.note(m.pattern().as_usize());
        }
        g
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts built from the gate's own words (glued, cut, spaced) and filler.
    fn texts() -> impl proptest::strategy::Strategy<Value = String> {
        let all = all_words();
        let piece = proptest::prop_oneof![
            proptest::sample::select(all).prop_map(str::to_string),
            "[a-z' ]{0,4}",
        ];
        proptest::collection::vec(piece, 0..6).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        #[test]
        fn gate_loop_is_the_overlapping_search(t in texts()) {
            let (fast, slow) = (Gate::new(&t), Gate::reference(&t));
            proptest::prop_assert_eq!(
                (fast.hate, fast.threat, fast.aggressive, fast.brush, fast.insult),
                (slow.hate, slow.threat, slow.aggressive, slow.brush, slow.insult)
            );
        }
    }
}
