// Actor and agent dictionaries (FORMATS.md §3, §4).
#include <algorithm>

#include "compat/lines.h"
#include "dyad/compat_dict.h"

namespace dyad::compat {
namespace {

Flavor actor_flavor(const std::string& name, FormatHint hint) {
  if (hint == FormatHint::kTabari) return Flavor::kTabari;
  if (hint == FormatHint::kPetr1) return Flavor::kPetr1;
  if (hint == FormatHint::kPetr2) return Flavor::kPetr2;
  return is_tabari_name(name) ? Flavor::kTabari : Flavor::kPetr2;
}

bool valid_code_chars(std::string_view code) {
  if (code.empty()) return false;
  for (char c : code)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '/' || c == '#' || c == '+' || c == '~'))
      return false;
  return true;
}

// Parses the inside of one `[...]` actor code block into `out`; returns an
// error message or "".
std::string parse_code_block(std::string_view inner, DatedCode& out) {
  inner = trim(inner);
  if (inner.empty()) return "empty code block []";
  size_t sp = inner.find_first_of(" \t");
  std::string_view code = inner.substr(0, sp);
  std::string_view rest = sp == std::string_view::npos ? std::string_view() : trim(inner.substr(sp));
  if (std::isdigit(static_cast<unsigned char>(code[0])) || code[0] == '<' || code[0] == '>')
    return "code block [" + std::string(inner) + "] has a date but no actor code";
  if (!valid_code_chars(code)) return "bad actor code '" + std::string(code) + "'";
  out.code = upper(code);
  if (rest.empty()) return "";
  // Dates may contain spaces ("> 140608", "19950601 - 19990815").
  std::string d;
  for (char c : rest)
    if (c != ' ' && c != '\t') d += c;
  out.restricted = true;
  if (d[0] == '<' || d[0] == '>') {
    int v = parse_dict_date(std::string_view(d).substr(1));
    if (v < 0) return "bad date '" + d.substr(1) + "' in [" + std::string(inner) + "]";
    if (d[0] == '<') out.to = v;
    else out.from = v;
    return "";
  }
  size_t dash = d.find('-');
  if (dash == std::string::npos)
    return "date restriction '" + d + "' needs <, > or a range A-B in [" + std::string(inner) + "]";
  int a = parse_dict_date(std::string_view(d).substr(0, dash));
  int b = parse_dict_date(std::string_view(d).substr(dash + 1));
  if (a < 0 || b < 0) return "bad date range '" + d + "' in [" + std::string(inner) + "]";
  out.from = a;
  out.to = b;
  return "";
}

// Splits "PHRASE [c1][c2 >d]" into the phrase and the code blocks. Returns an
// error message or "".
std::string split_codes(std::string_view line, std::string_view& phrase, std::vector<std::string_view>& blocks) {
  size_t lb = line.find('[');
  phrase = trim(line.substr(0, lb));
  if (lb == std::string_view::npos) return "";
  size_t i = lb;
  while (i < line.size()) {
    if (line[i] == ' ' || line[i] == '\t') {
      ++i;
      continue;
    }
    if (line[i] != '[') return "text after the code blocks: '" + std::string(trim(line.substr(i))) + "'";
    size_t rb = line.find(']', i);
    if (rb == std::string_view::npos) return "unclosed '['";
    blocks.push_back(line.substr(i + 1, rb - i - 1));
    i = rb + 1;
  }
  return "";
}

}  // namespace

std::vector<std::string> ActorDict::codes_at(const std::vector<uint32_t>& recs, int date) const {
  // TABARI manual semantics, which the PETRARCH unit tests also expect: date
  // restrictions are tried in file order and the first that holds wins; an
  // unrestricted code is the default when none holds (or the date is unknown).
  const DatedCode* pick = nullptr;
  for (uint32_t r : recs)
    for (const DatedCode& c : records[r].codes)
      if (c.restricted && date > 0 && c.from <= date && date < c.to && !pick) pick = &c;
  if (!pick)
    for (uint32_t r : recs)
      for (const DatedCode& c : records[r].codes)
        if (!c.restricted && !pick) pick = &c;
  std::vector<std::string> out;
  if (pick) out.push_back(pick->code);
  return out;
}

void parse_actors(std::string_view text, const std::string& name, Dictionaries& dict, Diagnostics& diags,
                  FormatHint hint) {
  Flavor flavor = actor_flavor(name, hint);
  ActorDict& ad = dict.actors;
  dict.has_actors = true;
  int64_t current = -1;  // record being built
  int current_line = 0;
  bool in_section = false;  // TABARI <NOUN>/<ADJECTIVE>: code-less words
  auto close_record = [&] {
    if (current >= 0 && ad.records[current].codes.empty())
      diags.push_back({name, current_line, "actor '" + ad.records[current].phrase + "' has no code"});
    current = -1;
  };
  auto add_phrase = [&](std::string_view phrase, int line) {
    auto words = split_phrase(phrase, flavor == Flavor::kTabari);
    if (words.empty()) {
      diags.push_back({name, line, "empty actor phrase"});
      return;
    }
    uint32_t node = ad.trie.add(words);
    ad.at_node[node].push_back(static_cast<uint32_t>(current));
    ad.max_words = std::max(ad.max_words, words.size());
  };
  bool finished = false;
  for_each_dict_line(text, flavor, [&](std::string_view raw, int line) {
    if (finished) return;
    std::string_view t = trim(strip_comment(raw, flavor));
    if (t.empty()) return;
    if (flavor == Flavor::kTabari && (t.substr(0, 7) == "~FINISH" || t.substr(0, 8) == "~~FINISH")) { finished = true; return; }
    if (t.front() == '<') {
      std::string tag = upper(t);
      if (tag == "<NOUN>" || tag == "<ADJECTIVE>") in_section = true;
      else if (tag == "</NOUN>" || tag == "</ADJECTIVE>") in_section = false;
      else diags.push_back({name, line, "unknown section tag " + std::string(t)});
      close_record();
      return;
    }
    if (in_section) return;
    std::string_view phrase;
    std::vector<std::string_view> blocks;
    std::string err = split_codes(t, phrase, blocks);
    if (!err.empty()) {
      diags.push_back({name, line, err});
      // Stray text after complete code blocks (a spreadsheet column pasted
      // into Phoenix.International) costs the text, not the entry.
      if (err.rfind("text after", 0) != 0) {
        if (t.front() != '+' && t.front() != '[') close_record();
        return;
      }
    }
    if (t.front() == '+' || t.front() == '[') {
      if (current < 0) {
        diags.push_back({name, line, std::string(t.front() == '+' ? "synonym" : "code line") +
                                         " with no actor record before it"});
        return;
      }
      if (t.front() == '+') {
        phrase.remove_prefix(1);
        if (!trim(phrase).empty()) add_phrase(phrase, line);
        else diags.push_back({name, line, "empty synonym '+'"});
      }
    } else {
      close_record();
      if (phrase.empty()) {
        diags.push_back({name, line, "no actor phrase before '['"});
        return;
      }
      current = static_cast<int64_t>(ad.records.size());
      current_line = line;
      ad.records.push_back({std::string(phrase), {}, name + ":" + std::to_string(line)});
      add_phrase(phrase, line);
    }
    for (std::string_view b : blocks) {
      DatedCode c;
      std::string e = parse_code_block(b, c);
      if (!e.empty()) diags.push_back({name, line, e});
      else ad.records[current].codes.push_back(std::move(c));
    }
  });
  close_record();
}

// ------------------------------------------------------------------- agents

void parse_agents(std::string_view text, const std::string& name, Dictionaries& dict, Diagnostics& diags,
                  FormatHint hint) {
  Flavor flavor = actor_flavor(name, hint);
  AgentDict& ag = dict.agents;
  dict.has_agents = true;
  std::vector<std::pair<std::string, std::vector<std::string>>> subs;  // !NAME! -> items
  auto add = [&](const std::string& phrase, uint32_t rec) {
    auto words = split_phrase(phrase, flavor == Flavor::kTabari);
    if (words.empty()) return;
    uint32_t node = ag.trie.add(words);
    ag.at_node.emplace(node, rec);  // the first entry of a phrase wins
    ag.max_words = std::max(ag.max_words, words.size());
  };
  bool finished = false;
  for_each_dict_line(text, flavor, [&](std::string_view raw, int line) {
    if (finished) return;
    std::string_view t = trim(strip_comment(raw, flavor));
    if (t.empty()) return;
    if (flavor == Flavor::kTabari && (t.substr(0, 7) == "~FINISH" || t.substr(0, 8) == "~~FINISH")) { finished = true; return; }
    if (t.front() == '!') {
      size_t close = t.find('!', 1);
      size_t eq = t.find('=');
      if (close != std::string_view::npos && eq != std::string_view::npos && eq > close &&
          t.find('[') == std::string_view::npos) {
        std::string key = upper(t.substr(0, close + 1));
        std::vector<std::string> items;
        std::string_view rest = t.substr(eq + 1);
        size_t b = 0;
        while (b <= rest.size()) {
          size_t c = rest.find(',', b);
          std::string_view item = trim(rest.substr(b, c == std::string_view::npos ? std::string_view::npos : c - b));
          if (!item.empty()) items.push_back(upper(item));
          if (c == std::string_view::npos) break;
          b = c + 1;
        }
        if (items.empty()) diags.push_back({name, line, "substitution " + key + " has no items"});
        else subs.emplace_back(key, std::move(items));
        return;
      }
    }
    size_t lb = t.find('[');
    if (lb == std::string_view::npos) {
      diags.push_back({name, line, "agent line without a [CODE]"});
      return;
    }
    size_t rb = t.find(']', lb);
    if (rb == std::string_view::npos) {
      diags.push_back({name, line, "unclosed '[' in agent code"});
      return;
    }
    std::string code;
    for (char c : t.substr(lb + 1, rb - lb - 1))
      if (c != ' ' && c != '\t') code += c;
    code = upper(code);
    if (code.find('~') == std::string::npos || code.size() < 2 || !valid_code_chars(code)) {
      diags.push_back({name, line, "agent code [" + code + "] needs '~' before (append) or after (prefix) the code"});
      return;
    }
    std::string_view head = trim(t.substr(0, lb));
    std::string_view plurals;
    bool has_braces = false;
    size_t lc = head.find('{');
    if (lc != std::string_view::npos) {
      size_t rc = head.find('}', lc);
      if (rc == std::string_view::npos) {
        diags.push_back({name, line, "unclosed '{' in agent plurals"});
        return;
      }
      has_braces = true;
      plurals = head.substr(lc + 1, rc - lc - 1);
      head = trim(head.substr(0, lc));
    }
    if (head.empty()) {
      diags.push_back({name, line, "agent line with no phrase"});
      return;
    }
    uint32_t rec = static_cast<uint32_t>(ag.records.size());
    ag.records.push_back({code, name + ":" + std::to_string(line)});
    std::string phrase = upper(head);
    size_t bang = phrase.find('!');
    if (bang != std::string::npos) {
      size_t close = phrase.find('!', bang + 1);
      std::string key = close == std::string::npos ? "" : phrase.substr(bang, close - bang + 1);
      auto it = std::find_if(subs.begin(), subs.end(), [&](const auto& s) { return s.first == key; });
      if (it == subs.end()) {
        diags.push_back({name, line, "undefined substitution marker " + (key.empty() ? phrase : key)});
        ag.records.pop_back();
        return;
      }
      for (const std::string& item : it->second)
        add(phrase.substr(0, bang) + item + phrase.substr(close + 1), rec);
      return;
    }
    add(phrase, rec);
    if (has_braces) {
      for (std::string_view p : split_space(plurals)) add(upper(p), rec);
    } else if (!(flavor == Flavor::kTabari) && phrase.back() != '_') {
      add(noun_plural(phrase), rec);
    }
  });
}

}  // namespace dyad::compat
