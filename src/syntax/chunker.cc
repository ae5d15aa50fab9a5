// Chunker: see chunker.h.
#include "syntax/chunker.h"

#include <string>

#include "syntax/pos.h"

namespace dateline::syntax {
namespace {

bool InList(std::string_view w, std::initializer_list<std::string_view> list) {
  for (auto x : list) if (x == w) return true;
  return false;
}

bool IsTemporalWord(std::string_view w) {
  return InList(w, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                    "today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening",
                    "night", "week", "weekend", "month", "year", "day", "hours", "days", "weeks",
                    "months", "years", "january", "february", "march", "april", "may", "june", "july",
                    "august", "september", "october", "november", "december", "dawn", "overnight",
                    "midday", "noon"});
}

// "20h15", "19h", "21h30": a clock time as ACLED and francophone reports write it.
bool IsClockTime(std::string_view w) {
  size_t h = w.find('h');
  if (h == 0 || h == std::string_view::npos || h > 2) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if (k != h && !(w[k] >= '0' && w[k] <= '9')) return false;
  return w.size() - h - 1 <= 2;
}

bool NpTag(uint16_t t) {
  return t == kDT || t == kJJ || t == kCD || t == kNN || t == kNNS || t == kNNP || t == kPOS ||
         t == kPRPS || t == kHYPH;
}

}  // namespace

bool IsReportingLemma(std::string_view l) {
  return InList(l, {"say", "tell", "announce", "claim", "report", "state", "add", "confirm",
                    "note", "explain", "insist", "quote", "declare", "write", "tweet", "affirm",
                    "assert", "indicate", "disclose", "reveal", "stress", "acknowledge"});
}

void ChunkSentence(Document& doc, uint32_t si, const WordLexicon& lex,
                   const std::vector<uint32_t>& actor_end) {
  const Sentence& s = doc.sentences[si];
  const uint32_t b = s.token_begin, e = s.token_end;
  thread_local std::string buf;
  uint16_t clause = 0;
  bool quoted = false;
  bool relative = false;
  int relative_verbs = 0;  // finite verb groups seen in the open relative clause
  const size_t first_chunk = doc.chunks.size();
  auto tag = [&](uint32_t i) -> uint16_t { return i < e ? doc.tokens[i].tag : kPosNone; };
  auto norm = [&](uint32_t i) { return doc.norm(doc.tokens[i]); };
  uint32_t i = b;
  while (i < e) {
    Chunk c;
    c.sentence = si;
    c.token_begin = i;
    uint16_t t = tag(i);
    uint32_t aend = actor_end.empty() ? 0 : actor_end[i - b];
    if (aend > i || NpTag(t) || t == kPRP) {
      // Noun phrase; a possessive pronoun only starts one.
      c.kind = kChunkNoun;
      uint32_t j = i;
      bool only_pronoun = t == kPRP;
      if (only_pronoun) {
        j = i + 1;
      } else {
        while (j < e) {
          uint32_t ae = actor_end.empty() ? 0 : actor_end[j - b];
          if (ae > j) { j = ae; continue; }
          uint16_t tj = tag(j);
          if (tj == kPRPS && j != i && tag(j - 1) != kPOS) break;
          if (tj == kDT && j != i && !(tag(j - 1) == kDT)) break;
          // A time word after a noun starts its own phrase: "UN soldiers Tuesday left".
          if (j > i && IsNounTag(tag(j - 1)) && tag(j - 1) != kPOS && IsTemporalWord(norm(j)) &&
              tag(j + 1) != kPOS)
            break;
          // "explosions south of Serma": a direction before "of" starts a phrase of its own.
          if (j > i && j + 1 < e && norm(j + 1) == "of" &&
              InList(norm(j), {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}))
            break;
          if (NpTag(tj)) { ++j; continue; }
          // Participles and gerunds used as modifiers inside an NP: "the evacuated camps".
          if ((tj == kVBN || tj == kVBG) && j > i && (tag(j - 1) == kDT || tag(j - 1) == kJJ) &&
              NpTag(tag(j + 1)) && tag(j + 1) != kDT) { ++j; continue; }
          break;
        }
      }
      if (j == i) j = i + 1;
      c.token_end = j;
      c.head = j - 1;
      while (c.head > i && !(IsNounTag(tag(c.head)) || tag(c.head) == kPRP || tag(c.head) == kCD))
        --c.head;
      bool temporal = true, time_word = false;
      for (uint32_t k = i; k < j; ++k) {
        uint16_t tk = tag(k);
        if (IsTemporalWord(norm(k)) || IsClockTime(norm(k))) { time_word = true; continue; }
        if (tk == kDT || tk == kJJ || tk == kCD || tk == kPRPS) continue;
        temporal = false;
      }
      temporal = temporal && time_word;
      if (temporal) c.flags |= kChunkTemporal;
      i = j;
    } else if (IsVerbTag(t) || IsAuxTag(t) || t == kNEG || (t == kTO && IsVerbTag(tag(i + 1))) ||
               (t == kTO && (tag(i + 1) == kBE || tag(i + 1) == kHAVE)) ||
               (t == kRB && (IsVerbTag(tag(i + 1)) || IsAuxTag(tag(i + 1))))) {
      c.kind = kChunkVerb;
      uint32_t j = i;
      bool saw_be = false, saw_have = false;
      uint32_t head = kNone;
      while (j < e) {
        uint16_t tj = tag(j);
        std::string_view w = norm(j);
        if (tj == kMD) {
          c.flags |= (w == "will" || w == "'ll" || w == "shall" || w == "wo") ? uint16_t{kChunkFuture} : uint16_t{kChunkModal};
        } else if (tj == kBE) {
          saw_be = true;
          head = j;
        } else if (tj == kHAVE) {
          saw_have = true;
          head = j;
        } else if (tj == kDO) {
          head = j;
        } else if (tj == kNEG) {
          c.flags |= kChunkNegated;
        } else if (tj == kTO) {
          c.flags |= kChunkInfinitive;
        } else if (tj == kRB) {
          if (!(IsVerbTag(tag(j + 1)) || IsAuxTag(tag(j + 1)) || tag(j + 1) == kNEG || tag(j + 1) == kRB)) break;
        } else if (IsVerbTag(tj)) {
          head = j;
          ++j;
          break;
        } else {
          break;
        }
        ++j;
      }
      if (head == kNone) head = j > i ? j - 1 : i;
      // A particle right after the verb ("pull out", "stepped up").
      while (j < e && tag(j) == kRP) ++j;
      if (j == i) j = i + 1;
      c.token_end = j;
      c.head = head;
      uint16_t ht = tag(head);
      if ((ht == kVBN || ht == kVBD) && saw_be) c.flags |= kChunkPassive;
      if ((ht == kVBN || ht == kVBD) && saw_have) c.flags |= kChunkPerfect;
      if (ht == kVBG && !saw_be) c.flags |= kChunkGerund;
      if (ht == kVBN && !saw_be && !saw_have) c.flags |= kChunkParticiple;
      VerbAnalysis va = lex.AnalyzeVerb(norm(head), &buf);
      if (va.form && IsReportingLemma(va.lemma)) c.flags |= kChunkReporting;
      if (norm(head) == "according") c.flags |= kChunkReporting;
      i = j;
    } else if (t == kIN || t == kTO) {
      c.kind = kChunkPrep;
      c.head = i;
      c.token_end = i + 1;
      ++i;
    } else {
      c.kind = kChunkOther;
      c.head = i;
      c.token_end = i + 1;
      // Clause boundaries.
      if (t == kQUOTE) {
        quoted = !quoted;
        ++clause;
        relative = false;
      } else if (t == kWDT || t == kSC) {
        ++clause;
        relative = t == kWDT;
      } else if (t == kCOMMA && tag(i + 1) == kVBG) {
        ++clause;
        relative = false;
      } else if (t == kCOMMA && relative) {
        ++clause;
        relative = false;
      } else if (t == kColon) {
        ++clause;
        relative = false;
      }
      ++i;
    }
    // "groups who oppose the army have resumed ...": a second finite verb group after the relative
    // clause's own verb and object closes the relative clause.
    if (relative && c.kind == kChunkVerb) {
      bool finite = !(c.flags & (kChunkInfinitive | kChunkGerund | kChunkParticiple));
      bool after_np = doc.chunks.size() > first_chunk && doc.chunks.back().kind == kChunkNoun;
      if (finite && relative_verbs > 0 && after_np) {
        relative = false;
        relative_verbs = 0;
        ++clause;
      } else if (finite) {
        ++relative_verbs;
      }
    }
    if (!relative) relative_verbs = 0;
    c.clause = clause;
    if (quoted) c.flags |= kChunkQuoted;
    if (relative) c.flags |= kChunkRelative;
    doc.chunks.push_back(c);
  }
  (void)first_chunk;
}

}  // namespace dateline::syntax
