// See params.h. Calendar arithmetic follows Howard Hinnant's days_from_civil / civil_from_days.
#include "server/params.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace dateline::server {
namespace {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return true;
}

// Printable text: no control characters (tabs and newlines included), at most max_bytes.
Status CheckText(const char* name, const std::string& v, size_t max_bytes) {
  if (v.empty()) return Status::InvalidArgument(std::string("parameter '") + name + "' is empty");
  if (v.size() > max_bytes) {
    return Status::InvalidArgument(std::string("parameter '") + name + "' is longer than " +
                                   std::to_string(max_bytes) + " bytes");
  }
  for (unsigned char c : v) {
    if (c < 0x20 || c == 0x7f) {
      return Status::InvalidArgument(std::string("parameter '") + name + "' contains control characters");
    }
  }
  return Status::Ok();
}

bool ParseDouble(std::string_view s, double* out) {
  if (s.empty() || s.size() > 32) return false;
  std::string tmp(s);
  char* end = nullptr;
  *out = std::strtod(tmp.c_str(), &end);
  return end == tmp.c_str() + tmp.size() && std::isfinite(*out);
}

bool SplitDoubles(const std::string& v, double* out, int n) {
  size_t pos = 0;
  for (int i = 0; i < n; ++i) {
    size_t comma = v.find(',', pos);
    if ((i < n - 1) != (comma != std::string::npos)) return false;
    if (!ParseDouble(std::string_view(v).substr(pos, comma == std::string::npos ? std::string::npos : comma - pos), &out[i])) return false;
    pos = comma + 1;
  }
  return true;
}

}  // namespace

bool ParseDayRange(std::string_view v, int32_t* first, int32_t* last) {
  if (v.size() != 4 && v.size() != 7 && v.size() != 10) return false;
  if (!AllDigits(v.substr(0, 4))) return false;
  int y = std::atoi(std::string(v.substr(0, 4)).c_str());
  if (y < 1000) return false;
  if (v.size() == 4) {
    *first = DaysFromCivil(y, 1, 1);
    *last = DaysFromCivil(y, 12, 31);
    return true;
  }
  if (v[4] != '-' || !AllDigits(v.substr(5, 2))) return false;
  unsigned m = static_cast<unsigned>(std::atoi(std::string(v.substr(5, 2)).c_str()));
  if (m < 1 || m > 12) return false;
  if (v.size() == 7) {
    *first = DaysFromCivil(y, m, 1);
    *last = DaysFromCivil(y, m, DaysInMonth(y, m));
    return true;
  }
  if (v[7] != '-' || !AllDigits(v.substr(8, 2))) return false;
  unsigned d = static_cast<unsigned>(std::atoi(std::string(v.substr(8, 2)).c_str()));
  if (d < 1 || d > DaysInMonth(y, m)) return false;
  *first = *last = DaysFromCivil(y, m, d);
  return true;
}

Status CheckParams(const Params& params, std::initializer_list<const char*> allowed,
                   std::initializer_list<const char*> more) {
  std::string prev;
  for (const auto& [k, v] : params) {
    if (k == prev) return Status::InvalidArgument("parameter '" + k + "' is given more than once");
    prev = k;
    bool ok = false;
    for (const char* a : allowed) ok = ok || k == a;
    for (const char* a : more) ok = ok || k == a;
    if (!ok) {
      std::string shown = k.size() > 40 ? k.substr(0, 40) + "..." : k;
      for (char& c : shown) if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\') c = '?';
      std::string list;
      for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
      for (const char* a : more) list += (list.empty() ? "" : ", ") + std::string(a);
      return Status::InvalidArgument("unknown parameter '" + shown + "'; expected one of: " + list);
    }
  }
  return Status::Ok();
}

std::optional<std::string> Param(const Params& params, const char* name) {
  auto it = params.find(name);
  if (it == params.end()) return std::nullopt;
  return it->second;
}

StatusOr<std::optional<int64_t>> IntParam(const Params& params, const char* name, int64_t lo,
                                          int64_t hi, bool cap) {
  auto v = Param(params, name);
  if (!v) return std::optional<int64_t>();
  int64_t n = 0;
  bool digits = AllDigits(*v) || (v->size() > 1 && (*v)[0] == '-' && AllDigits(v->substr(1)));
  if (!digits) {
    return Status::InvalidArgument(std::string("parameter '") + name + "' must be an integer");
  }
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec == std::errc::result_out_of_range) n = (*v)[0] == '-' ? INT64_MIN : INT64_MAX;
  if (n < lo) {
    return Status::InvalidArgument(std::string("parameter '") + name + "' must be at least " +
                                   std::to_string(lo));
  }
  if (n > hi) {
    if (cap) return std::optional<int64_t>(hi);
    return Status::InvalidArgument(std::string("parameter '") + name + "' must be at most " +
                                   std::to_string(hi));
  }
  return std::optional<int64_t>(n);
}

StatusOr<EventFilter> ParseEventFilter(const Params& params) {
  EventFilter f;
  auto day = [&](const char* name, bool want_first, std::optional<int32_t>* out) -> Status {
    auto v = Param(params, name);
    if (!v) return Status::Ok();
    int32_t first = 0, last = 0;
    if (!ParseDayRange(*v, &first, &last)) {
      return Status::InvalidArgument(std::string("parameter '") + name +
                                     "' must be a date: YYYY-MM-DD, YYYY-MM or YYYY");
    }
    *out = want_first ? first : last;
    return Status::Ok();
  };
  DATELINE_RETURN_IF_ERROR(day("since", true, &f.since_day));
  DATELINE_RETURN_IF_ERROR(day("until", false, &f.until_day));
  if (f.since_day && f.until_day && *f.since_day > *f.until_day) {
    return Status::InvalidArgument("parameter 'since' is after 'until'");
  }
  if (auto v = Param(params, "country")) {
    std::string c = *v;
    bool ok = c.size() == 3;
    for (char& ch : c) {
      ok = ok && std::isalpha(static_cast<unsigned char>(ch));
      ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    }
    if (!ok) return Status::InvalidArgument("parameter 'country' must be an ISO 3166 alpha-3 code such as MLI");
    f.country = c;
  }
  auto text = [&](const char* name, size_t max, std::optional<std::string>* out) -> Status {
    auto v = Param(params, name);
    if (!v) return Status::Ok();
    DATELINE_RETURN_IF_ERROR(CheckText(name, *v, max));
    *out = *v;
    return Status::Ok();
  };
  DATELINE_RETURN_IF_ERROR(text("admin1", 100, &f.admin1));
  DATELINE_RETURN_IF_ERROR(text("type", 64, &f.type));
  DATELINE_RETURN_IF_ERROR(text("actor", 100, &f.actor));
  DATELINE_RETURN_IF_ERROR(text("text", 200, &f.text));
  if (auto v = Param(params, "near")) {
    double d[3];
    if (!SplitDoubles(*v, d, 3) || std::abs(d[0]) > 90 || std::abs(d[1]) > 180 || d[2] <= 0 ||
        d[2] > 5000) {
      return Status::InvalidArgument(
          "parameter 'near' must be LAT,LON,KM with LAT in [-90,90], LON in [-180,180], KM in (0,5000]");
    }
    f.near = EventFilter::Near{d[0], d[1], d[2]};
  }
  if (auto v = Param(params, "bbox")) {
    double d[4];
    if (!SplitDoubles(*v, d, 4) || std::abs(d[1]) > 90 || std::abs(d[3]) > 90 || d[1] > d[3] ||
        std::abs(d[0]) > 540 || std::abs(d[2]) > 540 || d[0] > d[2]) {
      return Status::InvalidArgument(
          "parameter 'bbox' must be WEST,SOUTH,EAST,NORTH in degrees with SOUTH <= NORTH and WEST <= EAST");
    }
    f.bbox = EventFilter::Box{d[0], d[1], d[2], d[3]};
  }
  auto fat = IntParam(params, "min_fatalities", 0, 10'000'000, false);
  if (!fat.ok()) return fat.status();
  f.min_fatalities = *fat;
  return f;
}

}  // namespace dateline::server
