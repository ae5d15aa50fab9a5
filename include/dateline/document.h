// The annotation data model: one Document per article, filled stage by stage.
//
// Every span is a pair of UTF-8 byte offsets [start, end) into Article::text, the text exactly as
// read (for JSON Lines, the decoded "text" value). Normalised forms used for matching live beside
// the tokens and never replace the raw text, so every actor, place, time and event points at the
// bytes a reader saw. Layers refer to each other by index (an event's source is an index into
// Document::actors), which keeps the model flat, cheap to copy and easy to serialise.
//
// The JSON form of a Document is the public contract of `dateline annotate`; see docs/annotate.md.
#ifndef DATELINE_DOCUMENT_H_
#define DATELINE_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

inline constexpr int kSchemaVersion = 1;
inline constexpr uint32_t kNone = UINT32_MAX;  // "no index" in index fields

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool operator==(const Span&) const = default;
};

enum class InputFormat { kText, kHtml, kJsonl };

// An article as read from its container, before any analysis.
struct Article {
  std::string id;    // empty: a stable id is derived from the content hash
  std::string text;  // the input text; all offsets point into it
  std::optional<std::string> title;
  std::optional<std::string> url;
  std::optional<std::string> source;
  std::optional<std::string> published;  // ISO date or date-time as given by the container
  std::optional<std::string> country;    // ISO 3166 alpha-3 hint
  InputFormat format = InputFormat::kText;
  std::string origin;  // path the article came from, or "-" for standard input
  uint64_t line = 0;   // 1-based line in a JSON Lines file; 0 for whole-file inputs
};

struct DatelineInfo {
  std::string place;
  std::optional<std::string> agency;
  Span span;
  std::string region;  // the qualifier after the place: "Mali" in "KIDAL, Mali (Reuters) -", or empty
};

// Token flags, set by the tokenizer.
enum TokenFlag : uint16_t {
  kTokWord = 1 << 0,       // letters (possibly with digits, hyphens, apostrophes)
  kTokNumber = 1 << 1,     // digits, possibly with separators: 15,000  3.5
  kTokPunct = 1 << 2,      // punctuation or symbol
  kTokCapital = 1 << 3,    // first letter upper case
  kTokAllCaps = 1 << 4,    // every letter upper case and at least two letters
  kTokSpaceBefore = 1 << 5,
  kTokAbbrev = 1 << 6,     // ends in a period that belongs to the token (U.N., Gen.)
  kTokQuote = 1 << 7,      // a quotation mark
};

struct Token {
  Span span;             // raw bytes
  uint32_t norm_offset;  // normalised form: Document::norm_buffer.substr(norm_offset, norm_size)
  uint32_t norm_size;
  uint16_t flags = 0;
  uint16_t tag = 0;      // part-of-speech tag id, set by the syntax stage (0 = untagged)
};

struct Sentence {
  Span span;
  uint32_t token_begin = 0;  // tokens [token_begin, token_end) of Document::tokens
  uint32_t token_end = 0;
};

// The syntax layer: shallow chunks, in token order, set by the syntax stage (src/syntax).
enum ChunkKind : uint8_t {
  kChunkNoun = 1,   // noun phrase: determiners, modifiers, nouns ("the UN peacekeeping force")
  kChunkVerb = 2,   // verb group: auxiliaries, adverbs, negation, main verb, particle ("did not pull out")
  kChunkPrep = 3,   // a preposition that opens a prepositional phrase ("against", "from")
  kChunkOther = 4,  // anything else: conjunctions, punctuation, subordinators
};

enum ChunkFlag : uint16_t {
  kChunkPassive = 1 << 0,     // verb group in the passive voice ("were killed")
  kChunkNegated = 1 << 1,     // verb group negated ("did not attack", "never")
  kChunkFuture = 1 << 2,      // future or intended ("will", "plans to", "threatened to")
  kChunkModal = 1 << 3,       // hypothetical modal ("could", "would", "may", "if ...")
  kChunkInfinitive = 1 << 4,  // "to"-infinitive
  kChunkGerund = 1 << 5,      // -ing form without auxiliary ("denied attacking")
  kChunkParticiple = 1 << 6,  // bare past participle without auxiliary ("militants killed in ...")
  kChunkReporting = 1 << 7,   // a verb of saying ("said", "told", "claimed")
  kChunkPerfect = 1 << 8,     // perfect aspect ("has seen", "had withdrawn")
  kChunkRelative = 1 << 9,    // inside a relative clause ("which", "who")
  kChunkQuoted = 1 << 10,     // inside quotation marks
  kChunkTemporal = 1 << 11,   // noun phrase naming a time ("Tuesday", "this morning")
};

struct Chunk {
  uint32_t token_begin = 0, token_end = 0;  // tokens [token_begin, token_end) of Document::tokens
  uint32_t head = 0;          // head token: last noun of a noun phrase, main verb of a verb group
  uint32_t sentence = kNone;
  uint16_t clause = 0;        // clause number within the sentence (0 = main clause)
  uint16_t flags = 0;         // ChunkFlag bits
  uint8_t kind = 0;           // ChunkKind
};

// The actors layer: one recognised actor mention.
struct ActorMention {
  Span span;
  uint32_t sentence = kNone;
  uint32_t token_begin = 0, token_end = 0;
  std::string code;        // CAMEO-style, e.g. MLIMIL, IGOUNOPKO
  std::string name;        // canonical name
  std::string country;     // ISO3 or empty
  std::string sector;      // main sector code or empty
  std::string kind;        // state, igo, ngo, armed-group, militia, ethnic-group, person, media, ...
  std::string entity_id;   // dictionary id, e.g. mli.minusma; composed actors: country+agent ids
  std::string acled_name;  // ACLED-style actor name, or empty
  int inter = 0;           // ACLED inter code (0 = none)
  uint32_t antecedent = kNone;  // for coreferent mentions ("the group"): index of the named mention
};

// The places layer: one resolved toponym.
struct PlaceMention {
  Span span;
  uint32_t sentence = kNone;
  uint32_t token_begin = 0, token_end = 0;
  std::string name;          // gazetteer name
  int64_t geonameid = 0;     // 0 when not from GeoNames (e.g. a country)
  std::string country;       // ISO3
  std::string admin1, admin2;  // names
  std::string feature_code;  // GeoNames feature code (PPLA, ADM1 ...) or "country"
  double lat = 0, lon = 0;
  int precision = 0;         // ACLED geo_precision: 1 town, 2 near/part of region, 3 region, 4 country
  // A country adjective or the far side of a border ("Malian soldiers", "the Chinese border",
  // "its border with China"): country evidence, not where something happened.
  bool modifier = false;
};

// The times layer: one temporal expression, normalised against the publication date.
struct TimeMention {
  Span span;
  uint32_t sentence = kNone;
  uint32_t token_begin = 0, token_end = 0;
  std::string value;      // TIMEX3-style: 2023-10-31, 2023-06, 2023-W44, 2023, PAST_REF, P3D
  std::string precision;  // minute, hour, day, week, month, quarter, year, decade, century, none
  std::string type;       // DATE, TIME, DURATION, SET
  std::string end_value;  // for ranges ("between 3 and 5 May"): the last day; else empty
  bool modifier = false;  // a year modifying a noun ("the 2014 peace deals"): never an event date
};

// The quantities layer: one counted group of people affected or taking part.
struct QuantityMention {
  Span span;
  uint32_t sentence = kNone;
  uint32_t token_begin = 0, token_end = 0;
  std::string kind;  // killed, wounded, abducted, arrested, displaced, participants
  int64_t low = -1, best = -1, high = -1;  // -1: unknown
  std::string who;   // the victims' or participants' side as written ("French soldiers")
  bool cumulative = false;  // a running total, not this event's toll
  bool subset = false;      // part of a count just given ("10 killed, including 2 children")
};

struct Fatalities {
  int64_t low = 0, best = 0, high = 0;
};

// Byte spans that justify an event, and the rules that chose its date and place.
struct Evidence {
  Span source, trigger, target, location, date;
  std::string location_rule;  // e.g. "verb-pp", "clause", "dateline", "article"
  std::string date_rule;      // e.g. "verb-adverb", "sentence", "published"
};

// The events layer: one coded event read in one sentence.
struct Event {
  std::string id;          // stable within the article: "<article id>:<n>"
  uint32_t sentence = kNone;
  std::vector<uint32_t> sources;  // indices into Document::actors (may be empty: unknown)
  std::vector<uint32_t> targets;
  std::string cameo;       // e.g. "0874"
  std::string cameo_root;  // e.g. "08"
  int quad_class = 0;      // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;
  struct Plover {
    std::string type, mode;
    std::vector<std::string> context;
  } plover;
  struct Acled {
    std::string disorder_type, event_type, sub_event_type;
    int inter1 = 0, inter2 = 0, interaction = 0;
  } acled;
  std::optional<std::string> date;      // ISO date (or month/year) of the event
  std::optional<std::string> date_end;  // last day of a range
  int date_precision = 0;               // ACLED time_precision: 1 day, 2 week/range, 3 month or coarser
  uint32_t location = kNone;            // index into Document::places
  std::optional<Fatalities> fatalities;
  bool negated = false;
  std::string mood = "asserted";        // asserted, intended, hypothetical, historical, reported
  bool attributed = false;              // reported speech: "the army said it killed ..."
  double confidence = 0;
  Evidence evidence;
};

// A discard phrase found by the actors stage ("World Cup", "video game"): the sentence (scope
// "sentence") or the whole story ("story") does not report real events. The events stage reads it.
struct DiscardMention {
  Span span;
  uint32_t sentence = kNone;
  std::string id;     // dictionary id
  std::string scope;  // sentence or story
  std::string topic;  // sports, film, game, history ...
};

// An input problem worth a line on stderr and an {"id","error"} line in the output.
struct Problem {
  std::string origin;
  uint64_t line = 0;
  std::string reason;
  bool fatal = false;  // true: the article could not be read at all
};

struct Document {
  Article article;

  // Filled by the text stage.
  std::optional<std::string> title;      // from the container, or found in the page
  std::optional<std::string> author;
  std::optional<std::string> published;  // normalised: YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][±hh:mm]
  std::optional<DatelineInfo> dateline;
  std::vector<std::string> agencies;
  Span body;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::string norm_buffer;  // normalised token forms, see Token
  std::vector<Problem> problems;  // non-fatal problems found while reading (e.g. invalid UTF-8)

  // Filled by later stages.
  std::vector<ActorMention> actors;
  std::vector<PlaceMention> places;
  std::vector<TimeMention> times;
  std::vector<QuantityMention> quantities;
  std::vector<Event> events;
  std::vector<DiscardMention> discards;  // filled by the actors stage
  std::vector<Chunk> chunks;  // the syntax layer (not serialised)

  std::string_view raw(Span s) const {
    return std::string_view(article.text).substr(s.start, s.end - s.start);
  }
  std::string_view norm(const Token& t) const {
    return std::string_view(norm_buffer).substr(t.norm_offset, t.norm_size);
  }
  // The publication date (YYYY-MM-DD) the pipeline reasons from, or empty when unknown.
  std::string reference_date() const {
    return published ? published->substr(0, 10) : std::string();
  }
};

}  // namespace dateline

#endif  // DATELINE_DOCUMENT_H_
