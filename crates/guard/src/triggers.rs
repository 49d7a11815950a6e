//! Keyword triggers (secret words, birth-date words, the abuse families' words): the small
//! Aho-Corasick DFAs walked by a loop of our own instead of `AhoCorasick`'s searchers.
//!
//! Why: those searchers go through a `dyn` automaton, a prefilter that cannot skip much in
//! ordinary text (the trigger words start with common letters) and a match iterator, about 17
//! instructions a byte; the bare DFA step is a class look-up and a table read. The loops below
//! report exactly what the searchers report (property-tested against them in each caller):
//! - [`standard`] gives what `find_iter` gives with `MatchKind::Standard`: the earliest-ending
//!   match, then the search restarts at its end, so the reported matches never overlap;
//! - [`overlapping`] gives what `find_overlapping_iter` gives: every pattern occurrence;
//! - [`overlapping_at`] is [`overlapping`] with the matches' starts;
//! - [`any`] answers what `is_match` answers.
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};

/// A DFA for unanchored standard-semantics search, without the prefilter (with one, the start
/// state is a special state and the loop would stop on it at every byte).
pub(crate) fn dfa(patterns: &[&str], ascii_case_insensitive: bool) -> DFA {
    DFA::builder()
        .match_kind(MatchKind::Standard)
        .ascii_case_insensitive(ascii_case_insensitive)
        .prefilter(false)
        .start_kind(StartKind::Unanchored)
        .build(patterns)
        .expect("static automaton")
}

fn start(dfa: &DFA) -> StateID {
    // Built with an unanchored start above, so this cannot fail.
    dfa.start_state(Anchored::No)
        .expect("unanchored start state")
}

/// Non-overlapping matches as `AhoCorasick::find_iter` (standard semantics) gives them:
/// `f(pattern, start)` for each.
pub(crate) fn standard(dfa: &DFA, hay: &[u8], mut f: impl FnMut(usize, usize)) {
    let s0 = start(dfa);
    let mut sid = s0;
    for (at, &b) in hay.iter().enumerate() {
        sid = dfa.next_state(Anchored::No, sid, b);
        if dfa.is_special(sid) {
            if dfa.is_dead(sid) {
                return;
            }
            // The state's first match is the one the searcher reports; the next search
            // starts after it, from the start state.
            let pid = dfa.match_pattern(sid, 0);
            f(pid.as_usize(), at + 1 - dfa.pattern_len(pid));
            sid = s0;
        }
    }
}

/// Every match's pattern, in the order `find_overlapping_iter` gives them; `f` returns false to
/// stop early (when the caller has learnt all it needs).
pub(crate) fn overlapping(dfa: &DFA, hay: &[u8], mut f: impl FnMut(usize) -> bool) {
    let mut sid = start(dfa);
    for &b in hay {
        sid = dfa.next_state(Anchored::No, sid, b);
        if dfa.is_special(sid) {
            if dfa.is_dead(sid) {
                return;
            }
            for i in 0..dfa.match_len(sid) {
                if !f(dfa.match_pattern(sid, i).as_usize()) {
                    return;
                }
            }
        }
    }
}

/// [`overlapping`] with each match's start: `f(pattern, start)`.
pub(crate) fn overlapping_at(dfa: &DFA, hay: &[u8], mut f: impl FnMut(usize, usize)) {
    let mut sid = start(dfa);
    for (at, &b) in hay.iter().enumerate() {
        sid = dfa.next_state(Anchored::No, sid, b);
        if dfa.is_special(sid) {
            if dfa.is_dead(sid) {
                return;
            }
            for i in 0..dfa.match_len(sid) {
                let pid = dfa.match_pattern(sid, i);
                f(pid.as_usize(), at + 1 - dfa.pattern_len(pid));
            }
        }
    }
}

/// Does any pattern occur?
pub(crate) fn any(dfa: &DFA, hay: &[u8]) -> bool {
    let mut sid = start(dfa);
    for &b in hay {
        sid = dfa.next_state(Anchored::No, sid, b);
        if dfa.is_special(sid) {
            return !dfa.is_dead(sid);
        }
    }
    false
}
