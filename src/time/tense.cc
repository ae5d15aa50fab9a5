// Marker-based tense: each token near the expression may vote past, present or future; the
// nearest vote wins (a future vote wins a tie). A past form inside "will be held" or "to be
// signed" votes future, because its auxiliaries do.
#include "time/tense.h"

namespace dateline::time {
namespace {

constexpr size_t kWindow = 6;

bool IsFutureWord(const TokView& t) {
  return t.is("will") || t.is("'ll") || t.is("shall") || t.is("wo") || t.is("would") ||
         t.is("must") || t.is("should") || t.is("might") || t.is("can") || t.is("may") ||
         t.is("upcoming") || t.is("scheduled") || t.is("expected") || t.is("plans") ||
         t.is("plan") || t.is("planning") || t.is("intends") || t.is("aims") || t.is("due");
}

Tense Vote(const std::vector<TokView>& v, size_t p) {
  const TokView& t = v[p];
  if (!t.word()) return Tense::kUnknown;
  if (IsFutureWord(t)) return Tense::kFuture;
  // A bare "be" follows a modal or "to": "will be held", "could be ready", "to be signed".
  if (t.is("be")) return Tense::kFuture;
  if ((t.is("planned") || t.is("set") || t.is("poised") || t.is("slated") || t.is("about")) &&
      p + 1 < v.size() && v[p + 1].is("to"))
    return Tense::kFuture;
  if (t.is("going") && p + 1 < v.size() && v[p + 1].is("to")) return Tense::kFuture;
  if (t.is("is") || t.is("are") || t.is("am")) {
    // "is to meet", "are set to" point forward.
    if (p + 1 < v.size() && (v[p + 1].is("to") || v[p + 1].is("set"))) return Tense::kFuture;
    return Tense::kPresent;
  }
  if (t.is("has") || t.is("have")) return Tense::kPast;
  // Reporting verbs date the report, not what is reported, unless next to the expression
  // ("said Monday"): the caller skips them at a distance (IsReporting).
  if (LooksPastTense(t.key)) {
    // "will be held", "to be signed", "will have left": the auxiliaries decide.
    for (size_t k = 1; k <= 3 && k <= p; ++k) {
      const TokView& a = v[p - k];
      if (IsFutureWord(a) || a.is("to")) return Tense::kFuture;
      if (!(a.is("be") || a.is("have") || a.is("been") || a.is("not") || a.is("n't"))) break;
    }
    return Tense::kPast;
  }
  return Tense::kUnknown;
}

bool IsReporting(const TokView& t) {
  return t.is("said") || t.is("says") || t.is("say") || t.is("told") || t.is("added");
}

bool Barrier(const TokView& t) { return t.is(";") || t.is(":"); }

}  // namespace

Tense TenseAround(const std::vector<TokView>& v, size_t begin, size_t end) {
  bool left_open = true, right_open = true;
  for (size_t d = 1; d <= kWindow; ++d) {
    Tense left = Tense::kUnknown, right = Tense::kUnknown;
    if (left_open && begin >= d) {
      if (Barrier(v[begin - d])) left_open = false;
      else if (d == 1 || !IsReporting(v[begin - d])) left = Vote(v, begin - d);
    }
    if (right_open && end + d - 1 < v.size()) {
      if (Barrier(v[end + d - 1])) right_open = false;
      else if (d == 1 || !IsReporting(v[end + d - 1])) right = Vote(v, end + d - 1);
    }
    if (left == Tense::kFuture || right == Tense::kFuture) return Tense::kFuture;
    if (left != Tense::kUnknown) return left;
    if (right != Tense::kUnknown) return right;
  }
  return Tense::kUnknown;
}

}  // namespace dateline::time
