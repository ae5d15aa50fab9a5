// HTML -> article text with gumbo (the WHATWG parsing algorithm, so broken markup parses the way
// browsers parse it). The walk is iterative: deeply nested pages cannot exhaust the stack. Gumbo
// itself is not: its tree building slows down quadratically with nesting (4 s at 40,000 nested
// <div>s, minutes at 100,000) and frees the tree recursively, so a cheap pre-scan counts element
// depth and, only for pages nested deeper than kMaxDepth, drops the tags beyond that depth while
// keeping their text (reported as a warning).
// Content: text nodes outside nav/header/footer/aside/script/style/form/...; block elements
// start a new paragraph (a blank line), <br> a new line. Metadata, first match wins:
//   title      og:title, <title>, first <h1>
//   published  article:published_time, itemprop=datePublished, JSON-LD "datePublished",
//              <time datetime>, meta name=date/pubdate
//   url        og:url, <link rel=canonical>
//   source     og:site_name
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "text/metadata.h"
#include "text/reader.h"

namespace dateline {
namespace {

bool Skipped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
      return true;
    default:
      return false;
  }
}

bool Block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

// Only an ISO 8601 value the contract can carry counts; a broken one leaves room for the next
// source.
bool ValidDate(std::string_view s) { return NormalizeIsoDateTime(s).has_value(); }

const char* Attr(const GumboElement& e, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  return a ? a->value : nullptr;
}

// Class or id names that mark page chrome inside otherwise ordinary elements.
bool ChromeClass(const GumboElement& e) {
  for (const char* attr : {"class", "id", "role"}) {
    const char* v = Attr(e, attr);
    if (!v) continue;
    std::string s(v);
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* bad :
         {"navigation", "navbar", "menu", "cookie", "share", "social", "subscribe", "newsletter",
          "related", "advert", "sidebar", "footer", "breadcrumb", "comments", "banner"}) {
      if (s.find(bad) != std::string::npos) return true;
    }
  }
  return false;
}

// Finds "datePublished": "..." in a JSON-LD block without a full JSON parse.
std::optional<std::string> JsonLdDate(std::string_view json) {
  size_t k = json.find("\"datePublished\"");
  if (k == std::string_view::npos) return std::nullopt;
  size_t q1 = json.find('"', json.find(':', k) + 1);
  if (q1 == std::string_view::npos) return std::nullopt;
  size_t q2 = json.find('"', q1 + 1);
  if (q2 == std::string_view::npos) return std::nullopt;
  return std::string(json.substr(q1 + 1, q2 - q1 - 1));
}

void AppendText(std::string_view s, std::string* out) {
  // Collapse runs of white space, as a browser renders them.
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out->empty() && out->back() != ' ' && out->back() != '\n') out->push_back(' ');
    } else {
      out->push_back(c);
    }
  }
}

void Paragraph(std::string* out) {
  while (!out->empty() && out->back() == ' ') out->pop_back();
  if (out->empty()) return;
  if (out->back() != '\n') out->push_back('\n');
  if (out->size() < 2 || (*out)[out->size() - 2] != '\n') out->push_back('\n');
}

constexpr int kMaxDepth = 2000;

bool VoidOrOptional(std::string_view name) {
  // Void elements and elements whose end tag is commonly omitted: they do not add depth.
  static constexpr std::string_view kNames[] = {
      "area",   "base",  "br",     "col",   "embed", "hr",    "img",      "input",   "link",
      "meta",   "param", "source", "track", "wbr",   "p",     "li",       "dt",      "dd",
      "option", "tr",    "td",     "th",    "tbody", "thead", "colgroup", "!doctype"};
  for (auto n : kNames)
    if (name == n) return true;
  return false;
}

// Copies html without the start and end tags nested deeper than max_depth; *dropped counts them.
// Text is kept. Returns an empty string (and *dropped == 0) when the page is within the limit.
std::string LimitNesting(std::string_view html, int max_depth, size_t* dropped) {
  *dropped = 0;
  int depth = 0, peak = 0;
  std::string out;
  bool rewriting = false;
  size_t copied = 0;  // html[0, copied) has been handled when rewriting
  for (int pass = 0; pass < 2; ++pass) {
    depth = 0;
    size_t i = 0;
    while ((i = html.find('<', i)) != std::string_view::npos) {
      size_t b = i;
      if (html.substr(i, 4) == "<!--") {
        size_t e = html.find("-->", i + 4);
        i = e == std::string_view::npos ? html.size() : e + 3;
        continue;
      }
      size_t e = html.find('>', i);
      if (e == std::string_view::npos) break;
      bool closing = i + 1 < html.size() && html[i + 1] == '/';
      size_t n0 = i + (closing ? 2 : 1), n1 = n0;
      while (n1 < e && std::isalnum(static_cast<unsigned char>(html[n1]))) ++n1;
      std::string name(html.substr(n0, n1 - n0));
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      i = e + 1;
      if (name.empty() || VoidOrOptional(name) || html[e - 1] == '/') continue;
      bool drop = false;
      if (closing) {
        drop = depth > max_depth;
        if (depth > 0) --depth;
      } else {
        ++depth;
        peak = std::max(peak, depth);
        drop = depth > max_depth;
      }
      if (name == "script" || name == "style") {  // raw text: skip to the end tag
        if (!closing) {
          size_t end = html.find(name == "script" ? "</script" : "</style", i);
          if (end != std::string_view::npos) i = end;
        }
      }
      if (rewriting && drop) {
        out.append(html.substr(copied, b - copied));
        out.push_back(' ');
        copied = e + 1;
        ++*dropped;
      }
    }
    if (!rewriting) {
      if (peak <= max_depth) return {};
      rewriting = true;
      out.reserve(html.size());
    }
  }
  out.append(html.substr(copied));
  return out;
}

}  // namespace

void ParseHtml(std::string_view html, Article* article, std::vector<Problem>* problems) {
  size_t dropped = 0;
  std::string limited = LimitNesting(html, kMaxDepth, &dropped);
  if (dropped) {
    Problem p;
    p.origin = article->origin;
    p.reason = "HTML nested deeper than " + std::to_string(kMaxDepth) +
               " elements: " + std::to_string(dropped) + " inner tags ignored (their text is kept)";
    problems->push_back(p);
    html = limited;
  }
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  std::string text;
  std::optional<std::string> og_title, title_tag, h1, published, url, site;

  struct Frame {
    const GumboNode* node;
    size_t child;
    bool skip;
  };
  std::vector<Frame> stack;
  // First pass: chrome elements by tag and by class/id/role. When that leaves no text (a site
  // that puts "share" in the class of its article wrapper), a second pass trusts tags only.
  for (int pass = 0; pass < 2 && text.empty(); ++pass) {
    const bool use_classes = pass == 0;
    stack.clear();
    stack.push_back({output->root, 0, false});
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboNode* node = f.node;
      if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) {
        if (!f.skip && (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
                        node->type == GUMBO_NODE_WHITESPACE)) {
          AppendText(node->v.text.text, &text);
        }
        stack.pop_back();
        continue;
      }
      const GumboElement& e = node->v.element;
      if (f.child == 0) {
        // First visit: metadata, then decide whether the subtree is content.
        switch (e.tag) {
          case GUMBO_TAG_META: {
            const char* prop = Attr(e, "property");
            const char* name = Attr(e, "name");
            const char* itemprop = Attr(e, "itemprop");
            const char* content = Attr(e, "content");
            if (content) {
              std::string key = prop ? prop : name ? name : itemprop ? itemprop : "";
              if (key == "og:title" && !og_title) og_title = content;
              if ((key == "article:published_time" || key == "datePublished" || key == "date" ||
                   key == "pubdate" || key == "DC.date.issued") &&
                  !published && ValidDate(content))
                published = content;
              if (key == "og:url" && !url) url = content;
              if (key == "og:site_name" && !site) site = content;
            }
            break;
          }
          case GUMBO_TAG_LINK: {
            const char* rel = Attr(e, "rel");
            const char* href = Attr(e, "href");
            if (rel && href && std::strcmp(rel, "canonical") == 0 && !url) url = href;
            break;
          }
          case GUMBO_TAG_TITLE:
            if (!title_tag && e.children.length > 0) {
              const GumboNode* c = static_cast<const GumboNode*>(e.children.data[0]);
              if (c->type == GUMBO_NODE_TEXT) {
                std::string t;
                AppendText(c->v.text.text, &t);
                title_tag = t;
              }
            }
            break;
          case GUMBO_TAG_SCRIPT: {
            const char* type = Attr(e, "type");
            if (type && std::strcmp(type, "application/ld+json") == 0 && e.children.length > 0 &&
                !published) {
              const GumboNode* c = static_cast<const GumboNode*>(e.children.data[0]);
              if (c->type == GUMBO_NODE_TEXT) {
                published = JsonLdDate(c->v.text.text);
                if (published && !ValidDate(*published)) published.reset();
              }
            }
            break;
          }
          case GUMBO_TAG_TIME: {
            const char* dt = Attr(e, "datetime");
            if (dt && !published && ValidDate(dt)) published = dt;
            break;
          }
          case GUMBO_TAG_H1:
            if (!h1 && e.children.length > 0) {
              const GumboNode* c = static_cast<const GumboNode*>(e.children.data[0]);
              if (c->type == GUMBO_NODE_TEXT) {
                std::string t;
                AppendText(c->v.text.text, &t);
                h1 = t;
              }
            }
            break;
          default:
            break;
        }
        if (!f.skip && (Skipped(e.tag) ||
                        (use_classes && e.tag != GUMBO_TAG_ARTICLE && e.tag != GUMBO_TAG_MAIN &&
                         e.tag != GUMBO_TAG_BODY && ChromeClass(e))))
          f.skip = true;
        if (!f.skip && Block(e.tag)) Paragraph(&text);
        if (!f.skip && e.tag == GUMBO_TAG_BR) {
          while (!text.empty() && text.back() == ' ') text.pop_back();
          text.push_back('\n');
        }
      }
      if (f.child < e.children.length) {
        const GumboNode* c = static_cast<const GumboNode*>(e.children.data[f.child++]);
        bool skip = f.skip;
        stack.push_back({c, 0, skip});
        continue;
      }
      if (!f.skip && Block(e.tag)) Paragraph(&text);
      stack.pop_back();
    }
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  }
  gumbo_destroy_output(&kGumboDefaultOptions, output);

  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  size_t lead = text.find_first_not_of(" \n");
  if (lead == std::string::npos)
    text.clear();
  else if (lead)
    text.erase(0, lead);
  article->text = std::move(text);
  if (!article->title) article->title = og_title ? og_title : title_tag ? title_tag : h1;
  if (!article->published && published) article->published = published;
  if (!article->url && url) article->url = url;
  if (!article->source && site) article->source = site;
  if (article->text.empty()) {
    Problem p;
    p.origin = article->origin;
    p.reason = "HTML page has no article text";
    p.fatal = true;
    problems->push_back(p);
  }
}

}  // namespace dateline
