// End-to-end throughput of the text stage of `dateline annotate`, single-threaded: read JSON Lines,
// clean the page, find metadata, split sentences, tokenize, write the JSON line. This is exactly
// the per-article work of `dateline annotate --threads 1` with only the text stage, minus the
// write(2) to stdout. The corpora are the evaluation data in ../shared:
//   - data/corpus/india-police-events-docs.jsonl  ({"doc_id","doc_text"} lines, re-keyed to
//   id/text)
//   - data/geo/lgl.xml                            (every <text> element, extracted at run time)
// Both are converted once into a temporary JSON Lines file (not timed), which is then read
// through ArticleReader like any input. Reports MB/s (10^6 bytes of article text per second of
// this thread's CPU time, i.e. per core), articles/s, sentences/s and tokens/s, the wall time
// beside it, and how the wall time splits between reading, the text stage and JSON output.
// Exit 77 when ../shared is absent.
//
// Usage: throughput_bench [--shared DIR] [--repeat N] [--all-stages]
#include <time.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "base/json_writer.h"
#include "dateline/pipeline.h"
#include "pipeline/json_output.h"
#include "pipeline/stages.h"
#include "text/reader.h"

namespace {

using Clock = std::chrono::steady_clock;

// CPU time of this thread: the figure per core that stays meaningful on a shared, loaded machine
// (the wall time is reported beside it).
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}
namespace fs = std::filesystem;

void AppendRecord(std::string_view id, std::string_view text, std::string* out) {
  dateline::JsonWriter w(out);
  w.BeginObject();
  w.Key("id").String(id);
  w.Key("text").String(text);
  w.EndObject();
  out->push_back('\n');
}

// india-police-events-docs.jsonl -> id/text records: the keys are renamed in place ("doc_id" ->
// "id", "doc_text" -> "text"), so the JSON itself is parsed only by the timed reader. (The bench
// does not include simdjson: the library is built with its own simdjson flags.)
size_t ConvertIndia(const std::string& path, std::string* out) {
  std::ifstream in(path);
  std::string line;
  size_t n = 0;
  while (std::getline(in, line)) {
    size_t k = line.find("\"doc_id\"");
    if (k != std::string::npos) line.replace(k, 8, "\"id\"");
    k = line.find("\"doc_text\"");
    if (k == std::string::npos) continue;
    line.replace(k, 10, "\"text\"");
    out->append(line);
    out->push_back('\n');
    ++n;
  }
  return n;
}

// lgl.xml -> one record per <text> element (CDATA or escaped text).
size_t ConvertLgl(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string xml = ss.str();
  size_t n = 0, pos = 0;
  while ((pos = xml.find("<text>", pos)) != std::string::npos) {
    size_t b = pos + 6, e = xml.find("</text>", b);
    if (e == std::string::npos) break;
    std::string_view body(xml.data() + b, e - b);
    std::string text;
    if (body.substr(0, 9) == "<![CDATA[" && body.size() >= 12) {
      text.assign(body.substr(9, body.size() - 12));
    } else {  // unescape the five XML entities
      for (size_t i = 0; i < body.size(); ++i) {
        if (body[i] != '&') {
          text.push_back(body[i]);
          continue;
        }
        static const std::pair<std::string_view, char> kEnt[] = {
            {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
        bool done = false;
        for (auto [ent, c] : kEnt) {
          if (body.substr(i, ent.size()) == ent) {
            text.push_back(c);
            i += ent.size() - 1;
            done = true;
            break;
          }
        }
        if (!done) text.push_back('&');
      }
    }
    AppendRecord("lgl-" + std::to_string(n), text, out);
    ++n;
    pos = e + 7;
  }
  return n;
}

struct Totals {
  uint64_t articles = 0, failed = 0, bytes = 0, sentences = 0, tokens = 0, json_bytes = 0;
  double read_s = 0, stage_s = 0, json_s = 0, total_s = 0, cpu_s = 0;
};

double Seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

Totals Run(const std::string& path, const dateline::Stage* text_stage,
           const dateline::Pipeline* full) {
  Totals t;
  dateline::ArticleReader reader({path});
  dateline::JsonOutputOptions options;
  std::string out;
  auto start = Clock::now();
  double cpu_start = CpuSeconds();
  while (true) {
    auto t0 = Clock::now();
    dateline::ReadItem item;
    if (!reader.Next(&item)) break;
    auto t1 = Clock::now();
    t.read_s += Seconds(t1 - t0);
    if (item.failed()) {
      ++t.failed;
      continue;
    }
    dateline::Document doc;
    doc.article = std::move(item.article);
    if (full)
      full->Process(doc);
    else
      text_stage->Process(doc);
    auto t2 = Clock::now();
    dateline::AppendDocumentJson(doc, options, &out);
    auto t3 = Clock::now();
    t.stage_s += Seconds(t2 - t1);
    t.json_s += Seconds(t3 - t2);
    ++t.articles;
    t.bytes += doc.article.text.size();
    t.sentences += doc.sentences.size();
    t.tokens += doc.tokens.size();
    if (out.size() > (1u << 20)) {
      t.json_bytes += out.size();
      out.clear();
    }
  }
  t.json_bytes += out.size();
  t.total_s = Seconds(Clock::now() - start);
  t.cpu_s = CpuSeconds() - cpu_start;
  return t;
}

void Report(const char* name, const Totals& t) {
  double mb = t.bytes / 1e6;
  std::printf(
      "%-20s %5llu articles %6.2f MB  cpu %6.3f s  %6.1f MB/s  %7.0f articles/s  %8.0f sentences/s "
      " %9.0f tokens/s   (wall %.3f s, %.1f MB/s)\n",
      name, static_cast<unsigned long long>(t.articles), mb, t.cpu_s, mb / t.cpu_s,
      t.articles / t.cpu_s, t.sentences / t.cpu_s, t.tokens / t.cpu_s, t.total_s, mb / t.total_s);
  std::printf(
      "%-20s   wall time: read+parse %.1f%%, text stage %.1f%%, JSON %.1f%%; %llu sentences, %llu "
      "tokens, %.1f MB JSON, %llu failed\n",
      "", 100 * t.read_s / t.total_s, 100 * t.stage_s / t.total_s, 100 * t.json_s / t.total_s,
      static_cast<unsigned long long>(t.sentences), static_cast<unsigned long long>(t.tokens),
      t.json_bytes / 1e6, static_cast<unsigned long long>(t.failed));
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = DATELINE_SHARED_DIR;
  int repeat = 3;
  bool all_stages = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--shared") && i + 1 < argc)
      shared = argv[++i];
    else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
      repeat = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--all-stages"))
      all_stages = true;
    else {
      std::fprintf(stderr, "usage: %s [--shared DIR] [--repeat N] [--all-stages]\n", argv[0]);
      return 2;
    }
  }
  const std::string india = shared + "/data/corpus/india-police-events-docs.jsonl";
  const std::string lgl = shared + "/data/geo/lgl.xml";
  if (!fs::exists(india) || !fs::exists(lgl)) {
    std::fprintf(stderr, "throughput: %s or %s is absent; skipped\n", india.c_str(), lgl.c_str());
    return 77;
  }
  std::string tmpdir =
      (fs::temp_directory_path() / ("dateline-throughput-" + std::to_string(getpid()))).string();
  fs::create_directories(tmpdir);
  std::string india_jsonl, lgl_jsonl;
  size_t n_india = ConvertIndia(india, &india_jsonl);
  size_t n_lgl = ConvertLgl(lgl, &lgl_jsonl);
  const std::string india_path = tmpdir + "/india.jsonl", lgl_path = tmpdir + "/lgl.jsonl",
                    both_path = tmpdir + "/both.jsonl";
  std::ofstream(india_path, std::ios::binary) << india_jsonl;
  std::ofstream(lgl_path, std::ios::binary) << lgl_jsonl;
  std::ofstream(both_path, std::ios::binary) << india_jsonl << lgl_jsonl;
  std::printf(
      "corpora: %zu india-police-events articles, %zu LGL articles (converted to JSON Lines, not "
      "timed)\n",
      n_india, n_lgl);

  dateline::PipelineOptions options = dateline::ResolveDefaults({});
  auto text_stage = dateline::MakeTextStage(options);
  if (!text_stage.ok()) {
    std::fprintf(stderr, "%s\n", text_stage.status().ToString().c_str());
    return 1;
  }
  std::unique_ptr<dateline::Pipeline> full;
  if (all_stages) {
    auto p = dateline::Pipeline::Create(options);
    if (!p.ok()) {
      std::fprintf(stderr, "%s\n", p.status().ToString().c_str());
      return 1;
    }
    full = std::move(p.value());
  }
  std::printf("single thread, %s, best of %d runs\n", all_stages ? "all stages" : "text stage only",
              repeat);
  for (const auto& [name, path] :
       {std::pair<const char*, std::string>{"india-police-events", india_path},
        {"lgl", lgl_path},
        {"both", both_path}}) {
    Totals best;
    for (int r = 0; r < repeat; ++r) {
      Totals t = Run(path, text_stage->get(), full.get());
      if (r == 0 || t.cpu_s < best.cpu_s) best = t;
    }
    Report(name, best);
  }
  fs::remove_all(tmpdir);
  return 0;
}
