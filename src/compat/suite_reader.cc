// Reading the validation suites (FORMATS.md §9.1, §9.3, §9.5) and loading the
// dictionaries they name.
#include <algorithm>
#include <cstring>
#include <filesystem>

#include "compat/lines.h"
#include "dyad/compat_validate.h"

namespace dyad::compat {
namespace {

namespace fs = std::filesystem;

// Attribute value of name="..." or name='...' (spaces around '=' allowed).
std::string attr(std::string_view tag, std::string_view name) {
  size_t pos = 0;
  while ((pos = tag.find(name, pos)) != std::string_view::npos) {
    bool boundary = pos == 0 || tag[pos - 1] == ' ' || tag[pos - 1] == '\t' || tag[pos - 1] == '\n';
    size_t i = pos + name.size();
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t')) ++i;
    if (boundary && i < tag.size() && tag[i] == '=') {
      ++i;
      while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t')) ++i;
      if (i < tag.size() && (tag[i] == '"' || tag[i] == '\'')) {
        char q = tag[i];
        size_t e = tag.find(q, i + 1);
        if (e == std::string_view::npos) return "";
        return std::string(tag.substr(i + 1, e - i - 1));
      }
    }
    pos += name.size();
  }
  return "";
}

std::string strip_xml_comments(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t c = s.find("<!--", i);
    if (c == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, c - i));
    size_t e = s.find("-->", c + 4);
    if (e == std::string_view::npos) break;
    i = e + 3;
  }
  return out;
}

std::string element_text(std::string_view s, std::string_view tag) {
  std::string open = "<" + std::string(tag) + ">";
  std::string close = "</" + std::string(tag) + ">";
  size_t b = s.find(open);
  if (b == std::string_view::npos) return "";
  b += open.size();
  size_t e = s.find(close, b);
  if (e == std::string_view::npos) return "";
  return std::string(s.substr(b, e - b));
}

std::string unescape(std::string s) {
  static const std::pair<const char*, const char*> ents[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (auto& [from, to] : ents) {
    size_t p = 0;
    while ((p = s.find(from, p)) != std::string::npos) {
      s.replace(p, std::strlen(from), to);
      p += std::strlen(to);
    }
  }
  return s;
}

int line_of(std::string_view text, size_t pos) {
  int n = 1;
  for (size_t i = 0; i < pos && i < text.size(); ++i)
    if (text[i] == '\n') ++n;
  return n;
}

std::string find_dict(const std::string& suite_path, const std::string& file) {
  if (file.empty()) return "";
  fs::path dir = fs::path(suite_path).parent_path();
  for (const fs::path& cand : {dir / file, dir / ".." / "dictionaries" / file, dir / "dictionaries" / file}) {
    std::error_code ec;
    if (fs::exists(cand, ec)) return cand.lexically_normal().string();
  }
  return (dir / file).string();
}

void apply_config(Options& o, const std::string& opt, const std::string& val) {
  std::string v = upper(val);
  try {
    if (opt == "require_dyad") o.require_dyad = v == "TRUE";
    else if (opt == "new_actor_length") o.new_actor_length = std::stoi(val);
    else if (opt == "comma_min") o.comma_min = std::stoi(val);
    else if (opt == "comma_max") o.comma_max = std::stoi(val);
  } catch (...) {
  }
}

std::string read_xml_suite(const std::string& path, std::string_view text, Suite& suite) {
  std::string env = element_text(strip_xml_comments(text), "Environment");
  if (env.empty()) return path + ": no <Environment> with the dictionaries to load";
  auto env_file = [&](const char* tag) { return find_dict(path, std::string(trim(element_text(env, tag)))); };
  suite.verbs = env_file("Verbfile");
  suite.actors = env_file("Actorfile");
  suite.agents = env_file("Agentfile");
  suite.discards = env_file("Discardfile");
  suite.pico = env_file("PICOfile");
  std::vector<std::string> include;
  const std::string include_text = element_text(env, "Include");
  for (auto w : split_space(include_text)) include.emplace_back(w);
  bool conllu = false;

  Options options;
  size_t i = 0;
  while (i < text.size()) {
    size_t lt = text.find('<', i);
    if (lt == std::string_view::npos) break;
    if (text.compare(lt, 4, "<!--") == 0) {
      size_t e = text.find("-->", lt + 4);
      i = e == std::string_view::npos ? text.size() : e + 3;
      continue;
    }
    if (text.compare(lt, 8, "<Config ") == 0) {
      size_t gt = text.find('>', lt);
      if (gt == std::string_view::npos) break;
      std::string_view tag = text.substr(lt, gt - lt);
      // Configs inside <Environment> hold runner settings; those between
      // records change coding options for what follows.
      apply_config(options, attr(tag, "option"), attr(tag, "value"));
      i = gt + 1;
      continue;
    }
    if (text.compare(lt, 10, "<Sentence ") != 0) {
      i = lt + 1;
      continue;
    }
    size_t gt = text.find('>', lt);
    size_t end = text.find("</Sentence>", lt);
    if (gt == std::string_view::npos || end == std::string_view::npos)
      return path + ":" + std::to_string(line_of(text, lt)) + ": <Sentence> not closed";
    std::string_view tag = text.substr(lt, gt - lt);
    std::string body = strip_xml_comments(text.substr(gt + 1, end - gt - 1));
    SuiteRecord r;
    r.line = line_of(text, lt);
    r.id = attr(tag, "id");
    r.category = attr(tag, "category");
    int d = parse_dict_date(attr(tag, "date"));
    r.date = d < 0 ? 0 : d;
    r.options = options;
    r.text = unescape(std::string(trim(element_text(body, "Text"))));
    r.parse = unescape(element_text(body, "Parse"));
    std::string p = std::string(trim(r.parse));
    if (!p.empty()) {
      r.parse_kind = p[0] == '(' ? SuiteRecord::Parse::kTreebank : SuiteRecord::Parse::kConllu;
      if (p[0] != '(') conllu = true;
    }
    bool in_include = include.empty() || std::find(include.begin(), include.end(), r.category) != include.end();
    std::string ev = attr(tag, "evaluate");
    std::string sent = attr(tag, "sentence");
    r.evaluate = in_include && upper(ev) != "FALSE" && upper(sent) != "FALSE";
    size_t q = 0;
    while ((q = body.find("<EventCoding", q)) != std::string::npos) {
      size_t qe = body.find('>', q);
      if (qe == std::string::npos) break;
      std::string_view et(body.data() + q, qe - q);
      if (upper(attr(et, "noevents")) == "TRUE") r.expect_none = true;
      std::string err = attr(et, "error");
      if (!err.empty()) r.expect_error = err;
      std::string src = attr(et, "sourcecode"), tgt = attr(et, "targetcode"), code = attr(et, "eventcode");
      if (!code.empty()) r.expected.push_back({src, tgt, code});
      q = qe + 1;
    }
    suite.records.push_back(std::move(r));
    i = end + 11;
  }
  suite.kind = conllu ? Suite::Kind::kUdPetr : Suite::Kind::kPetr1;
  if (suite.records.empty()) return path + ": no <Sentence> records";
  return "";
}

// TABARI: Validate.text records (header "YYMMDD ID", text, /* ... */ with
// expected codings in braces).
std::string read_tabari_text(const std::string& path, std::string_view text, Suite& suite) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view l = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    lines.emplace_back(l);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
  }
  bool stop_after = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string_view l = lines[i];
    if (l.size() < 8 || !std::isdigit(static_cast<unsigned char>(l[0]))) continue;
    auto f = split_space(l);
    // The date is YYMMDD, or YYYYMMDD once a record has set "YYYY = TRUE";
    // the suite also holds a 7- and a 9-digit date (typos and a test of a
    // bad date) whose records are still coded: any 6 to 9 digits open a
    // record, and a date that does not parse is left unknown.
    if (f.size() < 2 || f[0].size() < 6 || f[0].size() > 9) continue;
    bool digits = true;
    for (char c : f[0]) digits = digits && std::isdigit(static_cast<unsigned char>(c));
    if (!digits) continue;
    SuiteRecord r;
    r.line = static_cast<int>(i + 1);
    r.date = parse_dict_date(f[0].size() == 9 ? f[0].substr(0, 8) : f[0]);
    r.id = std::string(f[1]);
    size_t dash = r.id.find('-');
    r.category = dash == std::string::npos ? r.id : r.id.substr(0, dash);
    // Text until the "/*" line; the comment until "*/".
    size_t j = i + 1;
    std::string body, comment;
    for (; j < lines.size(); ++j) {
      size_t c = lines[j].find("/*");
      if (c != std::string::npos) {
        body += lines[j].substr(0, c);
        break;
      }
      body += lines[j] + "\n";
    }
    // TABARI ends a record at a blank line (manual, input files), so a
    // comment left open there ends with its record and does not swallow
    // the next record's codings.
    // Codings written on "\n" lines after a stray "*/" (the comment closed
    // early, then more codings) still belong to the record: read to the
    // blank line.
    for (; j < lines.size(); ++j) {
      if (trim(lines[j]).empty()) break;
      comment += lines[j] + "\n";
      if (lines[j].find("*/") != std::string::npos) {
        size_t k = j + 1;
        while (k < lines.size() && trim(lines[k]).rfind("\\n", 0) == 0) comment += lines[k++] + "\n";
        j = k - 1;
        break;
      }
    }
    r.text = std::string(trim(body));
    // Expected codings: "{ SRC / TGT / CODE }" not preceded by '-' (a
    // disabled expectation); "{---}" null; "{+++}" complex; OPTION lines.
    size_t b = 0;
    bool null_expected = false, any_code = false;
    while ((b = comment.find('{', b)) != std::string::npos) {
      size_t e = comment.find('}', b);
      // "{ OPTION: SET: MINIMUM WORDS = 4  */": an option left unclosed
      // ends at the end of the comment or of its line.
      size_t k = comment.find_first_not_of(" \t", b + 1);
      if (k != std::string::npos && comment.compare(k, 7, "OPTION:") == 0) {
        size_t nl = comment.find('\n', b);
        if (nl != std::string::npos && (e == std::string::npos || e > nl)) {
          size_t close = comment.rfind("*/", nl);
          e = close != std::string::npos && close > b ? close : nl;
        }
      }
      if (e == std::string::npos) break;
      std::string inner(trim(std::string_view(comment).substr(b + 1, e - b - 1)));
      bool disabled = b > 0 && comment[b - 1] == '-';
      // Only codings that start a "\n" line (after optional blanks) count;
      // braces inside bracketed prose do not.
      size_t ls = comment.rfind("\\n", b);
      bool line_start = ls != std::string::npos;
      if (line_start)
        for (size_t k = ls + 2; k < b - (disabled ? 1 : 0); ++k)
          if (comment[k] != ' ' && comment[k] != '\t' && comment[k] != '\\' && comment[k] != 'n') line_start = false;
      if (!disabled && line_start) {
        if (inner.rfind("OPTION:", 0) == 0) {
          r.option_commands.emplace_back(trim(std::string_view(inner).substr(7)));
        } else if (inner == "---") {
          null_expected = true;
        } else if (inner == "+++" || inner == "###") {
          r.expect_error = inner == "+++" ? "complex" : "discard";
        } else {
          std::vector<std::string> parts;
          size_t s = 0;
          while (s <= inner.size()) {
            size_t sl = inner.find('/', s);
            parts.emplace_back(trim(std::string_view(inner).substr(s, sl == std::string::npos ? std::string::npos : sl - s)));
            if (sl == std::string::npos) break;
            s = sl + 1;
          }
          if (parts.size() == 3) {
            r.expected.push_back({parts[0], parts[1], parts[2]});
            any_code = true;
          }
        }
      }
      b = e + 1;
    }
    r.expect_none = null_expected && !any_code;
    r.evaluate = !stop_after && r.id != "START-00" && !r.text.empty();
    if (r.id == "FINAL-01") stop_after = true;
    if (r.id == "FINAL-01") r.evaluate = false;
    suite.records.push_back(std::move(r));
    i = j;
  }
  suite.kind = Suite::Kind::kTabari;
  if (suite.records.empty()) return path + ": no TABARI records (lines 'YYMMDD ID')";
  return "";
}

}  // namespace

std::string read_suite(const std::string& path, Suite& suite) {
  suite = Suite();
  suite.path = path;
  suite.name = base_name(path);
  std::string text;
  if (!read_file(path, text)) return path + ": cannot read file";
  std::string_view t = trim(text);
  if (t.substr(0, 5) == "<?xml" || t.find("<Validation>") != std::string_view::npos)
    return read_xml_suite(path, text, suite);
  // A TABARI .project names the text file and dictionaries.
  std::string project_text;
  std::string project_path;
  if (path.size() > 8 && path.substr(path.size() - 8) == ".project") {
    project_text = text;
    project_path = path;
  } else {
    fs::path dir = fs::path(path).parent_path();
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir.empty() ? "." : dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
      if (it->path().extension() != ".project") continue;
      std::string pt;
      if (!read_file(it->path().string(), pt)) continue;
      if (pt.find(base_name(path)) == std::string::npos) continue;
      project_text = pt;
      project_path = it->path().string();
      break;
    }
  }
  std::string text_path = path;
  if (!project_text.empty()) {
    for_each_dict_line(project_text, Flavor::kTabari, [&](std::string_view raw, int) {
      std::string_view l = trim(raw);
      size_t gt = l.find('>');
      if (l.empty() || l[0] != '<' || gt == std::string_view::npos) return;
      std::string tag(l.substr(1, gt - 1));
      std::string file(trim(l.substr(gt + 1)));
      if (file.empty()) return;
      std::string full = find_dict(project_path, file);
      if (tag == "actorsfile") suite.actors = full;
      else if (tag == "verbsfile") suite.verbs = full;
      else if (tag == "agentsfile") suite.agents = full;
      else if (tag == "optionsfile") suite.options = full;
      else if (tag == "textfile") text_path = full;
    });
    if (text_path != path && !read_file(text_path, text)) return text_path + ": cannot read file";
  }
  suite.name = base_name(text_path);
  return read_tabari_text(text_path, text, suite);
}

bool load_suite_dictionaries(const Suite& suite, Dictionaries& dict, Diagnostics& diags) {
  bool ok = true;
  FormatHint hint = suite.kind == Suite::Kind::kTabari  ? FormatHint::kTabari
                    : suite.kind == Suite::Kind::kPetr1 ? FormatHint::kPetr1
                                                        : FormatHint::kPetr2;
  // PETRARCH-1's actor and agent files follow the PETRARCH conventions.
  FormatHint actor_hint = suite.kind == Suite::Kind::kTabari ? FormatHint::kTabari : FormatHint::kPetr2;
  // A TABARI project runs under the TABARI program's defaults, which its
  // .options file and OPTION records then change.
  if (suite.kind == Suite::Kind::kTabari) set_tabari_program_defaults(dict.options);
  if (!suite.verbs.empty()) ok &= load_verbs(suite.verbs, dict, diags, hint);
  if (!suite.actors.empty()) ok &= load_actors(suite.actors, dict, diags, actor_hint);
  if (!suite.agents.empty()) ok &= load_agents(suite.agents, dict, diags, actor_hint);
  if (!suite.discards.empty()) ok &= load_discards(suite.discards, dict, diags);
  if (!suite.pico.empty()) ok &= load_pico(suite.pico, dict, diags);
  if (!suite.options.empty()) ok &= load_tabari_options(suite.options, dict, diags);
  return ok;
}

}  // namespace dyad::compat
