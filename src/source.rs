//! Sources as people: one entry per person or body a story quotes, however it names them
//! (`Finance Ministry spokeswoman Maria Lopez`, `Lopez`, `Ms. Lopez`, `she`).
//!
//! It runs once per document, after the quote reader, on the quotes' resolved sources. Each
//! source mention is split into a name and the description written beside it (`Finance
//! Ministry spokeswoman` | `Maria Lopez`), given a type (person, role, anonymous,
//! organization, document, group), and matched against the sources found so far: a surname,
//! a title or honorific with the surname, and the full name are one person, but two people
//! who share a surname with different first names (`Bill Clinton`, `Hillary Clinton`) never
//! are; other sources match on their name, without case and leading article. Every quote
//! then points to its source by id, and its `source` is the source's name.

use crate::lexicon;
use crate::prefilter::FastMap;
use crate::span::Span;
use crate::text::{find_str, trim_to_word, Tokens};
use crate::Quote;

/// What kind of source a story quotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceType {
    /// A named person: `Maria Lopez`, `Gen. Scott Miller`.
    Person,
    /// An unnamed official or role: `a spokesman for US Forces in Afghanistan`.
    Role,
    /// `sources`, `an official who asked not to be named`, `people familiar with …`.
    Anonymous,
    /// `the Education Department`, `Reuters`, `the company`.
    Organization,
    /// `the report`, `a statement`, `a CNN tally`.
    Document,
    /// `protesters`, `officials`, `Democrats`.
    Group,
}

impl SourceType {
    pub fn as_str(self) -> &'static str {
        match self {
            SourceType::Person => "person",
            SourceType::Role => "role",
            SourceType::Anonymous => "anonymous",
            SourceType::Organization => "organization",
            SourceType::Document => "document",
            SourceType::Group => "group",
        }
    }
}

/// One person or body the story quotes.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// Its place in [`Sources`] (first mention first); quotes point to it.
    pub id: usize,
    /// The fullest proper name the story gives, or for an unnamed source its fullest
    /// description.
    pub name: Span,
    /// The title, role or affiliation written beside the name, if any.
    pub description: Option<Span>,
    pub kind: SourceType,
    /// Every mention that refers to it (speaker mentions and resolved sources), sorted.
    pub mentions: Vec<Span>,
}

/// The sources of a story, sorted by their first mention.
pub type Sources = Vec<Source>;

/// A source mention read apart: its name and description, type, and for a person the
/// words that identify them.
#[derive(Clone, Copy)]
struct Reading<'t> {
    name: Span,
    description: Option<Span>,
    kind: SourceType,
    /// A person's surname and given names (titles and honorifics left out); for a named
    /// organization, the first word of its name (`Swift` of `Swift Transportation Co.`).
    surname: &'t str,
    /// The given names as written, middle initials included (`Richard J.`), or "".
    given: &'t str,
    /// The name as compared for other types: lower case, no leading article.
    key: &'t str,
}

/// Groups the quotes' sources into [`Source`]s, sets each quote's `source_id`, and makes its
/// `source` the source's name.
///
/// Linear: the sources are indexed by surname (people) or name (the others), so a reading
/// is compared only with the sources that share it.
pub fn group<'t>(t: &Tokens<'t>, quotes: &mut [Quote]) -> Sources {
    let mut out: Sources = Vec::new();
    // For each source: the reading that stands for it, its first mention, and the previous
    // source with the same key (usize::MAX: none).
    let mut kept: Vec<(Reading<'t>, usize, usize)> = Vec::new();
    // Key → the latest source with it. (The value's shape is the name index's, so the two
    // share their hash table code in the wasm module.)
    let mut by_key: FastMap<&'t str, (usize, Span)> = FastMap::default();
    // A person's quotes resolve to one span: the previous quote's reading is reused.
    let mut last: Option<(Span, Option<usize>)> = None;
    for q in quotes.iter_mut() {
        let Some(mention) = q.source else { continue };
        let id = match last {
            Some((span, id)) if span == mention => id,
            _ => {
                let id = read(t, mention).map(|r| find_or_add(r, &mut out, &mut kept, &mut by_key));
                last = Some((mention, id));
                id
            }
        };
        q.source_id = id;
        if let Some(id) = id {
            // Its mentions are the speakers of its quotes (`he` included); a quote without
            // one adds the source it resolved to.
            out[id].mentions.push(q.speaker.unwrap_or(mention));
            kept[id].1 = kept[id].1.min(mention.start);
        }
    }
    // Ids in the order of the sources' first mentions.
    let by_first = crate::order_by(kept.iter().map(|k| k.1));
    let mut id_of = vec![0; out.len()];
    for (id, &k) in by_first.iter().enumerate() {
        id_of[k] = id;
    }
    let mut sorted: Sources =
        by_first.iter().map(|&k| Source { mentions: std::mem::take(&mut out[k].mentions), ..out[k] }).collect();
    for (id, s) in sorted.iter_mut().enumerate() {
        s.id = id;
        crate::sort_by_key(&mut s.mentions, |m| m.start);
        // A split quote's halves share their speaker: one mention.
        s.mentions.dedup();
    }
    for q in quotes.iter_mut() {
        q.source_id = q.source_id.map(|k| id_of[k]);
        q.source = q.source_id.map(|id| sorted[id].name);
    }
    sorted
}

/// The source `r` reads as: one already found with the same key that names the same
/// source (kept up to date with a fuller name or a description), or a new one.
fn find_or_add<'t>(
    r: Reading<'t>,
    out: &mut Sources,
    kept: &mut Vec<(Reading<'t>, usize, usize)>,
    by_key: &mut FastMap<&'t str, (usize, Span)>,
) -> usize {
    let key = if r.kind == SourceType::Person || !r.surname.is_empty() { r.surname } else { r.key };
    let latest = by_key.get(key).map_or(usize::MAX, |e| e.0);
    let mut k = latest;
    while k != usize::MAX {
        if same_source(&kept[k].0, &r) {
            let s = &mut out[k];
            // The fullest name and a description once the story gives them.
            if r.kind == SourceType::Person && given_count(r.given) > given_count(kept[k].0.given) {
                s.name = r.name;
                kept[k].0.given = r.given;
            }
            // `Swift said …` before `Swift Transportation Co. Inc. said …`: a company.
            if r.kind == SourceType::Organization && s.kind == SourceType::Person {
                (s.name, s.kind) = (r.name, r.kind);
                kept[k].0 = r;
            }
            if s.description.is_none() {
                s.description = r.description;
            }
            return k;
        }
        k = kept[k].2;
    }
    let id = out.len();
    out.push(Source { id, name: r.name, description: r.description, kind: r.kind, mentions: Vec::new() });
    by_key.insert(key, (id, r.name));
    kept.push((r, usize::MAX, latest));
    id
}

/// Whether two readings name the same source.
fn same_source(a: &Reading, b: &Reading) -> bool {
    if a.kind == SourceType::Person && b.kind == SourceType::Person {
        // `Clinton` and `Hillary Clinton` are one; `Bill Clinton` and `Hillary Clinton` two.
        return a.surname == b.surname
            && (given_count(a.given) == 0
                || given_count(b.given) == 0
                || given_names(a.given).zip(given_names(b.given)).all(|(x, y)| x == y));
    }
    // `Swift` and `Swift Transportation Co. Inc.`: a company by the first word of its name
    // (a person reading without given names).
    let short_form = |org: &Reading, p: &Reading| {
        org.kind == SourceType::Organization
            && p.kind == SourceType::Person
            && !org.surname.is_empty()
            && p.surname == org.surname
            && given_count(p.given) == 0
    };
    if short_form(a, b) || short_form(b, a) {
        return true;
    }
    a.kind == b.kind && a.key.eq_ignore_ascii_case(b.key)
}

/// Reads a source mention: None for debris that names no one (a lone pronoun that
/// resolved to nothing better, a relative pronoun).
fn read<'t>(t: &Tokens<'t>, mention: Span) -> Option<Reading<'t>> {
    // A party tag in brackets is not part of the name: `Sen. Marco Rubio (R-Fla.)`.
    // A listing in brackets says the name is a company's: `Volkswagen ( VOWG_p.DE )`.
    let (mention, listed) = match find_str(mention.text(t.text), " (") {
        Some(k) => (
            Span::new(mention.start, mention.start + k),
            is_listing(mention.text(t.text).get(k + 2..).unwrap_or_default()),
        ),
        None => (mention, false),
    };
    // Nor is a Reuters instrument code: `Swift Transportation Co. Inc. SWFT.O`.
    let mention = match mention.text(t.text).rsplit_once(' ') {
        Some((head, code)) if is_instrument_code(code) => Span::new(mention.start, mention.start + head.len()),
        _ => mention,
    };
    // Nor is the place after a person's name: `Gov. John Kasich of Ohio`.
    let mut words: Vec<(usize, &'t str)> = word_spans(t.text, mention);
    let mention = match place_after_name(&words) {
        Some(end) => {
            words.retain(|&(at, _)| at < end);
            Span::new(mention.start, mention.start + end)
        }
        None => mention,
    };
    let text = mention.text(t.text);
    let (_, first) = *words.first()?;
    if words.len() == 1 && lexicon::is(first, lexicon::class::PRONOUN) || first == "who" {
        return None;
    }
    let key = key_of(text);
    if let [(_, w)] = words[..] {
        if let Some(kind) = lone_word_type(w) {
            return kind.map(|kind| plain(mention, kind, key));
        }
    }
    if words.iter().any(|(_, w)| lexicon::is(w, lexicon::class::ANONYMOUS_MARKER)) {
        return Some(plain(mention, SourceType::Anonymous, key));
    }
    // `Trump and Ryan`, `Cruz and Kasich`: more than one source speaking together.
    if words.iter().any(|(_, w)| matches!(*w, "and" | "&")) {
        return Some(plain(mention, SourceType::Group, key));
    }
    // `The woman who voted next to President Barack Obama`, `an analysis reported by the St.
    // Louis Post-Dispatch`: an article and a lower-case noun open a description, whatever
    // name comes later in it.
    let complement = complement_name(&words);
    if lexicon::is(first, lexicon::class::ARTICLE)
        && words.get(1).is_some_and(|(_, w)| w.starts_with(char::is_lowercase))
        && complement.is_none()
    {
        return Some(plain(mention, described_type(&words), key));
    }
    // The name: the last capitalised words that are not titles or role words.
    // (`The envoy to Ukraine John Doe`: see `complement_name`.)
    let mut start = words.len();
    while start > 0 {
        let w = words[start - 1].1;
        // (A party label too, before a given name: `Republican Christine Todd Whitman`,
        // `Democrat Hillary Clinton`; not `Democratic National Convention`.)
        let party = lexicon::is(w, lexicon::class::PARTY_LABEL)
            && words.get(start).is_some_and(|(_, next)| lexicon::gender(next).is_some());
        let title = lexicon::is_title(w.trim_end_matches('.')) || lexicon::is_role_noun(w) || is_honorific(w) || party;
        // (A possessive before the name says whose the source is: `Vivid's Hirsch`, `The
        // Post's Ruth Marcus`; but one word after `The …'s` is a title, `The People's Daily`,
        // and so is a body's or a party's word after it: `Moody's Analytics`.)
        let titled = start + 1 == words.len()
            && (start == 2 && lexicon::is(words[0].1, lexicon::class::ARTICLE)
                || is_body_word(words[start].1)
                || lexicon::is(words[start].1, lexicon::class::PARTY_LABEL));
        let whose = start < words.len() && lexicon::is_possessive(w) && !titled;
        if !w.starts_with(char::is_uppercase) || title || whose || lexicon::is(w, lexicon::class::ARTICLE) {
            break;
        }
        start -= 1;
    }
    if let Some(g) = complement {
        start = g;
    }
    let before = start.checked_sub(1).map(|k| words[k].1);
    // No name at the end, or one that is a complement (`a spokesman for US Forces in
    // Afghanistan`): the mention describes its source.
    if start == words.len() || before.is_some_and(|w| lexicon::is(w, lexicon::class::COMPLEMENT_PREPOSITION)) {
        return Some(plain(mention, described_type(&words), key));
    }
    let run = &words[start..];
    let (_, surname) = run[run.len() - 1];
    // `Friends of Mr. Clinton's`: a name in the possessive is whose the source is.
    if surname.ends_with("'s") || surname.ends_with("’s") {
        return Some(plain(mention, described_type(&words), key));
    }
    if lexicon::is(surname, lexicon::class::DOCUMENT_NOUN) {
        return Some(plain(mention, SourceType::Document, key));
    }
    // A place speaks for its government (`Washington`, `South Korea`), but not with a given
    // name or after a title (`George Washington`, `Representative Steve Israel`).
    let place = lexicon::is(surname, lexicon::class::PLACE_WORD)
        && !run.iter().any(|(_, w)| lexicon::gender(w).is_some())
        && !before.is_some_and(|w| is_rank(w) || lexicon::is_role_noun(w));
    // (`Co.`, `Inc.`: with or without their full stop.)
    if listed || place || run.iter().any(|(_, w)| is_body_word(w.trim_end_matches('.'))) {
        return Some(organization(mention, &words, key));
    }
    // `The Taliban`, `the Times`: a name after an article is a body's.
    if before.is_some_and(|w| lexicon::is(w, lexicon::class::ARTICLE)) && start == 1 {
        return Some(plain(mention, SourceType::Organization, key));
    }
    let name = Span::new(mention.start + words[start].0, mention.end);
    let description = (start > 0).then(|| {
        let (at, w) = words[start - 1];
        Span::new(mention.start, mention.start + at + w.len())
    });
    // An honorific or an abbreviated rank stays with the name (`Mr. Reeves`, `Gen. Scott
    // Miller`, `Sen. Marco Rubio`); a title written out is the description (`President`).
    let first_word = words[0].1;
    let rank = start == 1 && (is_honorific(first_word) || first_word.ends_with('.'));
    let (name, description) = if rank { (mention, None) } else { (name, description) };
    // The given names: the run's words before the surname, as written.
    let given = match run {
        [(from, _), .., (to, last), _] => Span::new(mention.start + from, mention.start + to + last.len()).text(t.text),
        [(from, first), _] => Span::new(mention.start + from, mention.start + from + first.len()).text(t.text),
        _ => "",
    };
    Some(Reading { name, description, kind: SourceType::Person, surname, given, key })
}

/// Where `of` starts a place after a person's name (`Senator Bernie Sanders of Vermont`,
/// `Gov. John Kasich of Ohio`): one or two capitalised words after it, and before it a name
/// of two words or more with a known given name or a title; not a body's name (`Bank of
/// England`, `University of Texas`). Returns the end of the name, from the mention's start.
fn place_after_name(words: &[(usize, &str)]) -> Option<usize> {
    let n = words.len();
    let of = (n.saturating_sub(3)..n.saturating_sub(1)).find(|&k| words[k].1 == "of")?;
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let name_start = (0..of).rev().take_while(|&k| capital(words[k].1)).last()?;
    let named = (name_start..of).any(|k| lexicon::gender(words[k].1).is_some() || is_rank(words[k].1));
    let place = words[of + 1..].iter().all(|(_, w)| capital(w) && !is_body_word(w.trim_end_matches('.')));
    let body = (name_start..of).any(|k| is_body_word(words[k].1.trim_end_matches('.')));
    // Not a title's complement (`U.S. Secretary of Transportation`), nor the name a role's
    // complement serves (`A spokesman for Mayor Frank G. Jackson of Cleveland`).
    let (at, last) = words[of - 1];
    let titled = is_rank(last) || lexicon::is_role_noun(last);
    let served = role_complement(words).is_some_and(|p| p < name_start);
    (of - name_start >= 2 && named && place && !body && !titled && !served).then_some(at + last.len())
}

/// Where a role noun's complement starts (`spokesman for`, `envoy to`, `head of`): the
/// preposition's index.
fn role_complement(words: &[(usize, &str)]) -> Option<usize> {
    let p = words.iter().position(|(_, w)| matches!(*w, "to" | "for" | "of"))?;
    (p > 0 && lexicon::is_role_noun(words[p - 1].1)).then_some(p)
}

/// A title or an honorific, with or without its full stop (`Sen.`, `Mayor`, `Mr.`).
fn is_rank(w: &str) -> bool {
    lexicon::is_title(w.trim_end_matches('.')) || is_honorific(w)
}

/// The type of a source a mention describes without naming it: a document (`the report`),
/// an organization (`the company`), a group (`officials`), or a role (`a spokesman for …`).
/// Where the name starts in `the envoy to Ukraine John Doe`: a role noun's complement (`to`,
/// `for`, `of`) runs into a capitalised run whose later word is a known given name; failing
/// one, a run of four words or more ends in a two-word name (`Director of Government Affairs
/// Phil Smith`, `Secretary of Homeland Security Jeh Johnson`) unless it ends like a body
/// (`head of Goldman Sachs Asset Management`).
fn complement_name(words: &[(usize, &str)]) -> Option<usize> {
    let p = role_complement(words)?;
    let run = words[p + 1..].iter().all(|(_, w)| w.starts_with(char::is_uppercase));
    // (A title after the preposition names whom the role serves: `A spokesman for Mayor Frank
    // G. Jackson` is not the mayor; `Chairman of General Motors Roger Smith` is the chairman.)
    let served =
        is_rank(words.get(p + 1)?.1) && !words[p + 1..].iter().any(|(_, w)| is_body_word(w.trim_end_matches('.')));
    if !run || words.len() <= p + 3 || served {
        return None;
    }
    let given = (p + 2..words.len() - 1).find(|&k| lexicon::gender(words[k].1).is_some());
    let body = |w: &str| is_body_word(w) || w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    let two = words.len() - 2;
    given.or_else(|| (words.len() > p + 4 && !words[two..].iter().any(|(_, w)| body(w))).then_some(two))
}

fn described_type(words: &[(usize, &str)]) -> SourceType {
    let noun = description_head(words);
    if lexicon::is(noun, lexicon::class::DOCUMENT_NOUN) || lexicon::is(noun, lexicon::class::THING_NOUN) {
        SourceType::Document
    } else if lexicon::is(noun, lexicon::class::ORGANIZATION_NOUN) {
        SourceType::Organization
    } else if lexicon::is_plural_noun(noun)
        || is_plural_at_sentence_start(noun)
        || lexicon::is(noun, lexicon::class::IRREGULAR_PLURAL)
    {
        SourceType::Group
    } else {
        SourceType::Role
    }
}

fn plain<'t>(mention: Span, kind: SourceType, key: &'t str) -> Reading<'t> {
    Reading { name: mention, description: None, kind, surname: "", given: "", key }
}

/// The words of `span` in `text` with their byte offsets from the span's start, each
/// trimmed of punctuation at its ends but a final full stop (`Gen.`, `Jr.`).
fn word_spans(text: &str, span: Span) -> Vec<(usize, &str)> {
    let s = span.text(text);
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(at, c)) = chars.peek() {
            if c.is_whitespace() {
                break;
            }
            end = at + c.len_utf8();
            chars.next();
        }
        let w = s.get(start..end).unwrap_or_default();
        // (Punctuation off both ends, but a full stop kept at the end only: `Jr.`, not `.Smith`.)
        let mut trimmed = trim_to_word(w, true);
        while let Some(rest) = trimmed.strip_prefix('.') {
            trimmed = trim_to_word(rest, true);
        }
        let lead = trimmed.as_ptr() as usize - w.as_ptr() as usize;
        if !trimmed.is_empty() {
            out.push((start + lead, trimmed));
        }
    }
    out
}

/// The noun a description turns on: the last word before `for`, `of`, `at`, `in`, `with`,
/// `who`, `from` (`a spokesman for US Forces` → `spokesman`), else its last word.
/// A named organization: `the Finance Ministry` as written; `Trucking company Swift
/// Transportation Co. Inc.` its name after the description (a lower-case noun, not an article
/// or a preposition). Its `surname` is its name's first word, which the story may use alone
/// (`Swift said`).
fn organization<'t>(mention: Span, words: &[(usize, &'t str)], key: &'t str) -> Reading<'t> {
    let lower = |w: &str| w.starts_with(char::is_lowercase);
    let described = words.iter().rposition(|(_, w)| lower(w)).filter(|&k| {
        let w = words[k].1;
        k + 1 < words.len()
            && !lexicon::is(w, lexicon::class::ARTICLE)
            && !lexicon::is(w, lexicon::class::NOT_A_CLAUSE_OPENER)
    });
    let start = described.map_or(0, |k| k + 1);
    let name = Span::new(mention.start + words[start].0, mention.end);
    let description = described.map(|k| Span::new(mention.start, mention.start + words[k].0 + words[k].1.len()));
    let first = words[start].1;
    let surname =
        if lexicon::is(first, lexicon::class::ARTICLE) { words.get(start + 1).map_or("", |w| w.1) } else { first };
    Reading { name, description, surname, ..plain(mention, SourceType::Organization, key) }
}

/// A word that names a body: a company word (`Inc`, `Ministry`) or a news agency.
fn is_body_word(w: &str) -> bool {
    lexicon::is(w, lexicon::class::ORG_WORD) || lexicon::is(w, lexicon::class::AGENCY)
}

/// The type of a source named by one word that is not a name, capitalised or not (`Polls`,
/// `Authorities`, `Republicans`, `Some`, `Others`); `Some(None)` for a weekday, which names no
/// source (`Thursday` read as a speaker); None for any other word.
fn lone_word_type(w: &str) -> Option<Option<SourceType>> {
    if lexicon::is(w, lexicon::class::WEEKDAY) {
        return Some(None);
    }
    let lower = crate::prefilter::Lower::new(w);
    let lower = lower.as_str();
    let kind = if lexicon::is(lower, lexicon::class::DOCUMENT_NOUN) {
        SourceType::Document
    } else if lexicon::is(lower, lexicon::class::ORGANIZATION_NOUN) {
        SourceType::Organization
    } else if lexicon::is(lower, lexicon::class::GROUP_WORD)
        || w.strip_suffix('s').is_some_and(|one| lexicon::is(one, lexicon::class::PARTY_LABEL))
    {
        SourceType::Group
    } else {
        return None;
    };
    Some(Some(kind))
}

/// Whether the text after a bracket opens with a Reuters listing: `VOWG_p.DE )`, `GM.N)`.
fn is_listing(rest: &str) -> bool {
    rest.split_whitespace().next().is_some_and(|w| is_instrument_code(w.trim_end_matches(')')))
}

/// `SWFT.O`, `NEM.N`, `7203.T`, `<MONI.MI>`: a Reuters instrument code.
fn is_instrument_code(w: &str) -> bool {
    let w = w.strip_prefix('<').and_then(|w| w.strip_suffix('>')).unwrap_or(w);
    w.split_once('.').is_some_and(|(sym, ex)| !sym.is_empty() && crate::text::is_instrument_code(sym, ex))
}

/// `Analysts`, `Critics`, `Regulators`: a plural capitalised only because it opens its
/// sentence.
fn is_plural_at_sentence_start(w: &str) -> bool {
    // (ASCII lower-casing: `str::to_lowercase` would ship Unicode's case tables in the wasm.)
    let b = w.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b[1..].iter().all(u8::is_ascii_lowercase)
        && lexicon::is_plural_noun(crate::prefilter::Lower::new(w).as_str())
}

fn description_head<'t>(words: &[(usize, &'t str)]) -> &'t str {
    let cut = words.iter().position(|(_, w)| matches!(*w, "for" | "of" | "at" | "in" | "with" | "who" | "from" | "on"));
    let upto = cut.unwrap_or(words.len());
    words[..upto].last().or(words.last()).map_or("", |w| w.1)
}

fn is_honorific(w: &str) -> bool {
    lexicon::is(w, lexicon::class::HONORIFIC)
}

/// `J.`, `D.`: a middle initial, which does not tell two people apart.
fn is_initial(w: &str) -> bool {
    w.len() <= 2 && w.ends_with('.')
}

/// The name as compared for sources other than people: without a leading article (and
/// compared without ASCII case).
fn key_of(text: &str) -> &str {
    let text = text.trim();
    ["the ", "a ", "an ", "The ", "A ", "An "].iter().find_map(|a| text.strip_prefix(a)).unwrap_or(text)
}

/// The given names of a person (`Richard J.` → `Richard`): middle initials do not tell two
/// people apart.
fn given_names(given: &str) -> impl Iterator<Item = &str> {
    given.split_whitespace().filter(|w| !is_initial(w))
}

fn given_count(given: &str) -> usize {
    given_names(given).count()
}

#[cfg(test)]
mod tests {
    /// Each source as `id type name [description]: mention, mention`, in order.
    fn sources(text: &str) -> Vec<String> {
        let a = crate::analyze(text);
        a.sources
            .iter()
            .map(|s| {
                let description = s.description.map_or(String::new(), |d| format!(" [{}]", d.text(text)));
                let mentions: Vec<&str> = s.mentions.iter().map(|m| m.text(text)).collect();
                format!("{} {} {}{}: {}", s.id, s.kind.as_str(), s.name.text(text), description, mentions.join(", "))
            })
            .collect()
    }

    /// Each quote's source id and source string.
    fn quote_sources(text: &str) -> Vec<(Option<usize>, Option<String>)> {
        let a = crate::analyze(text);
        a.quotes.iter().map(|q| (q.source_id, q.source.map(|s| s.text(text).to_owned()))).collect()
    }

    /// A full name with its description, then the surname, then `he`: one person (wire
    /// sh-sciencealert, shortened).
    #[test]
    fn full_name_surname_and_pronoun_are_one_person() {
        let text = "\"Organics are very important for life on Titan,\" said planetary geologist Rosaly Lopes. \
                    \"We know that,\" Lopes said. \"It matters,\" she added.";
        assert_eq!(
            sources(text),
            ["0 person Rosaly Lopes [planetary geologist]: planetary geologist Rosaly Lopes, Lopes, she"]
        );
        assert!(quote_sources(text).iter().all(|(id, s)| *id == Some(0) && s.as_deref() == Some("Rosaly Lopes")));
    }

    /// ISSUE #20: `Mr Smith` after `President John Smith` is the same person; a title is the
    /// description, not the name.
    #[test]
    fn honorific_and_surname_after_a_titled_full_name() {
        let text =
            "\"We will not wait,\" President John Smith told reporters. \"The deadline stands,\" Mr. Smith said.";
        assert_eq!(sources(text), ["0 person John Smith [President]: President John Smith, Mr. Smith"]);
    }

    /// Two people who share a surname are never merged on it (PolNeAR's many Clintons).
    #[test]
    fn bill_and_hillary_clinton_are_two_people() {
        let text = "\"I am proud of her,\" Bill Clinton said. \"I will win,\" Hillary Clinton said. \"We agree,\" Clinton said.";
        let got = sources(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].starts_with("0 person Bill Clinton") && got[1].starts_with("1 person Hillary Clinton"),
            "{got:?}"
        );
    }

    /// Unnamed sources keep their type: an anonymous one, a document, an organization, a
    /// group (sentences in the wire corpus's shapes).
    #[test]
    fn unnamed_sources_and_their_types() {
        let text = "\"Talks are close,\" a source familiar with the talks said. \
                    \"Growth slowed,\" the report said. \
                    \"We expect more orders,\" the company said. \
                    \"We will march again,\" the protesters said.";
        assert_eq!(
            sources(text),
            [
                "0 anonymous a source familiar with the talks: a source familiar with the talks",
                "1 document the report: the report",
                "2 organization the company: the company",
                "3 group the protesters: the protesters",
            ]
        );
    }

    /// An organization with a company word, and a body named after an article.
    #[test]
    fn organizations_by_name() {
        let text = "\"Sales rose,\" Pfizer Inc said. \"We disagree,\" the Taliban said.";
        let got = sources(text);
        assert!(got[0].starts_with("0 organization Pfizer Inc"), "{got:?}");
        assert!(got[1].starts_with("1 organization the Taliban"), "{got:?}");
    }

    #[test]
    fn a_role_s_complement_that_runs_into_a_name_is_the_description() {
        // The example: not `Ukraine John Doe`, and one person with the surname.
        let text = "The talks failed, said the envoy to Ukraine John Doe. \"We will not back down,\" Doe said.";
        assert_eq!(sources(text), ["0 person John Doe [the envoy to Ukraine]: the envoy to Ukraine John Doe, Doe"]);
    }

    #[test]
    fn page_furniture_is_no_part_of_a_name() {
        let text = "\"It is over,\" said Jane Smith.\nADVERTISEMENT Smith said the deal was dead.";
        assert_eq!(sources(text), ["0 person Jane Smith: Jane Smith, Smith"]);
    }

    #[test]
    fn a_name_in_the_possessive_is_whose_the_source_is() {
        let text = "Friends of Mr. Clinton's who have seen him on the trail recently say that the ebullient energy he is known for has faded.";
        assert_eq!(sources(text), ["0 group Friends of Mr. Clinton's: Friends of Mr. Clinton's"]);
    }

    #[test]
    fn the_surname_alone_stays_with_the_person_named_first() {
        // wire rdb-guardian-1: the whale expert, then his son with the same surname.
        let text = "Whale whisperer Hori Parata was just seven years old when he attended his first stranding.\n\
                    Parata and his 22-year-old son, Te Kaurinui Robert Parata, were called in to assist.\n\
                    \"Man's greed in the ocean is hurting the whales,\" says Parata.";
        assert_eq!(sources(text), ["0 person Hori Parata: Parata"]);
    }
}
