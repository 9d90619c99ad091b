// Verb dictionaries: PETRARCH-2 tree patterns (FORMATS.md §1) and TABARI /
// PETRARCH-1 linear patterns (§2), compiled into VerbDict.
#include <algorithm>
#include <cctype>

#include "compat/lines.h"
#include "dyad/compat_dict.h"

namespace dyad::compat {
namespace {

bool is_code_text(std::string_view c) {
  if (c.empty()) return false;
  for (char ch : c)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '-' || ch == '#' || ch == '+')) return false;
  return true;
}

// Parses "[A]", "[A:B]", "[:B]", "[A?]", "[A!]" into the pattern's codes.
// "---" (and, outside TABARI, nothing else) means no event.
std::string parse_event_code(std::string_view br, VerbPatternC& p) {
  std::string_view in = trim(br);
  if (in.size() < 2 || in.front() != '[' || in.back() != ']') return "expected [CODE] at the end";
  in = trim(in.substr(1, in.size() - 2));
  if (in.empty()) return "empty event code []";
  if (in.back() == '?') { p.subordinate = true; in.remove_suffix(1); }
  else if (in.back() == '!') { p.dominant = true; in.remove_suffix(1); }
  size_t colon = in.find(':');
  std::string_view a = trim(in.substr(0, colon));
  std::string_view b;
  if (colon != std::string_view::npos) {
    b = trim(in.substr(colon + 1));
    p.paired = true;
    if (b.empty() || !is_code_text(b)) return "bad second code in [" + std::string(in) + "]";
  }
  if (!a.empty() && !is_code_text(a)) return "bad event code [" + std::string(in) + "]";
  if (a.empty() && b.empty()) return "empty event code [" + std::string(in) + "]";
  p.active = a == "---" ? "" : std::string(a);
  p.passive = b == "---" ? "" : std::string(b);
  return "";
}

// Splits "TEXT [CODE]" at the last '['.
bool split_code(std::string_view t, std::string_view& body, std::string_view& code) {
  size_t lb = t.rfind('[');
  if (lb == std::string_view::npos) return false;
  body = trim(t.substr(0, lb));
  code = trim(t.substr(lb));
  return true;
}

class VerbLoader {
 public:
  VerbLoader(Dictionaries& d, Diagnostics& diags, std::string name, Flavor flavor)
      : d_(d), v_(d.verbs), diags_(diags), name_(std::move(name)), flavor_(flavor) {}

  void run(std::string_view text) {
    v_.flavor = flavor_;
    d_.has_verbs = true;
    bool finished = false;
    for_each_dict_line(text, flavor_, [&](std::string_view raw, int line) {
      if (finished) return;
      line_ = line;
      std::string_view full = trim(raw);
      if (flavor_ == Flavor::kPetr2 && full.find("VERB PATTERNS") != std::string_view::npos && full[0] == '#') {
        in_patterns_ = true;
        return;
      }
      std::string_view t = trim(strip_comment(raw, flavor_));
      if (t.empty()) return;
      if (flavor_ == Flavor::kTabari) {
        if (t.substr(0, 7) == "~FINISH" || t.substr(0, 8) == "~~FINISH") { finished = true; return; }
        std::string tag = upper(t);
        if (tag == "<SYNSETS>") { section_ = kSyn; return; }
        if (tag == "</SYNSETS>") { section_ = kNone; synset_ = -1; return; }
        if (tag == "<TIME>") { section_ = kTime; return; }
        if (tag == "</TIME>") { section_ = kNone; return; }
        if (section_ == kTime) return;  // time-shift phrases: not used for coding
      }
      line_text(t);
    });
    finish();
  }

 private:
  enum Section { kNone, kSyn, kTime };

  void error(const std::string& why) { diags_.push_back({name_, line_, why}); }
  std::string where() const { return name_ + ":" + std::to_string(line_); }

  void line_text(std::string_view t) {
    if (t.front() == '~') {
      v_.transformations.emplace_back(t);
      return;
    }
    if (t.front() == '&') {
      if (flavor_ == Flavor::kPetr2 && in_patterns_) {
        error("synset definition after the VERB PATTERNS marker");
        synset_ = -1;
        return;
      }
      std::string nm = upper(split_space(t)[0]);
      if (nm.size() < 2) { error("empty synset name"); return; }
      if (nm.back() == '_') nm.pop_back();
      auto it = v_.synset_index.find(nm);
      if (it != v_.synset_index.end()) {
        error("synset " + nm + " defined twice; members added to the first");
        synset_ = it->second;
      } else {
        synset_ = static_cast<int>(v_.synsets.size());
        v_.synset_index.emplace(nm, synset_);
        v_.synsets.push_back({nm, {}});
      }
      return;
    }
    if (t.front() == '+' && synset_ >= 0) {
      add_member(t.substr(1));
      return;
    }
    synset_ = -1;
    if (flavor_ == Flavor::kPetr2 && !in_patterns_) {
      error("only synsets may come before the VERB PATTERNS marker");
      return;
    }
    if (t.substr(0, 3) == "---") { header(t); return; }
    if (t.front() == '-') { pattern(t.substr(1)); return; }
    if (t.front() == '{') {
      // TABARI: irregular forms of the last verb on their own line.
      if (last_verb_word_.empty()) { error("irregular forms with no verb before them"); return; }
      size_t rb = t.find('}');
      if (rb == std::string_view::npos) { error("unclosed '{'"); return; }
      for (std::string_view f : split_space(t.substr(1, rb - 1))) add_form_word(f, last_entry_);
      return;
    }
    verb_line(t);
  }

  void add_member(std::string_view m) {
    m = trim(m);
    if (m.empty()) { error("empty synset member '+'"); return; }
    Synset& s = v_.synsets[synset_];
    std::string u = upper(m);
    bool exact = u.back() == '_';
    std::vector<std::string> words;
    // TABARI: a member word not followed by '_' is a stem ("+SWISS_FRANC"
    // matches "swiss francs"); it is stored with a trailing '*'.
    for (auto& w : split_phrase(u, flavor_ == Flavor::kTabari))
      words.push_back((w.gap ? " " : "") + w.text + (w.stem && w.text[0] != '&' ? "*" : ""));
    if (words.empty()) { error("empty synset member"); return; }
    if (words.size() > 1) s.has_phrases = true;
    s.longest = std::max(s.longest, static_cast<int>(words.size()));
    s.members.push_back(words);
    // PETRARCH: single-word members without a trailing '_' also match plurals.
    if (!exact && words.size() == 1 && words[0][0] != '&' && flavor_ != Flavor::kTabari)
      s.members.push_back({noun_plural(words[0])});
  }

  void header(std::string_view t) {
    // "--- MEANING [CODE] ---"
    // PETRARCH-2 reads whitespace fields 2 and 3, so "--- DISGRACE [110]---  ---"
    // (a missing blank, in CAMEO.2.0) is a valid header: take the bracket.
    std::string_view in = trim(t.substr(3));
    size_t lb = in.find('['), rb = in.find(']', lb == std::string_view::npos ? 0 : lb);
    std::string_view body = lb == std::string_view::npos ? in : trim(in.substr(0, lb));
    if (lb == std::string_view::npos || rb == std::string_view::npos || body.empty()) {
      error("block header needs '--- MEANING [CODE] ---'");
      block_ = -1;
      return;
    }
    std::string_view code = in.substr(lb, rb - lb + 1);
    std::string_view tail = trim(in.substr(rb + 1));
    while (!tail.empty() && (tail.front() == '-' || tail.front() == ' ' || tail.front() == '\t')) tail.remove_prefix(1);
    if (!trim(tail).empty()) error("text after the block code: '" + std::string(trim(tail)) + "'");
    VerbPatternC tmp;
    std::string e = parse_event_code(code, tmp);
    if (!e.empty()) { error(e); block_ = -1; return; }
    VerbBlock b;
    b.meaning = upper(split_space(body)[0]);
    b.code = tmp.active;
    b.passive = tmp.passive;
    b.paired = tmp.paired;
    b.subordinate = tmp.subordinate;
    b.where = where();
    block_ = static_cast<int>(v_.blocks.size());
    v_.blocks.push_back(std::move(b));
    last_verb_word_.clear();
  }

  // A verb line: "VERB {FORMS} [CODE]" (PETRARCH) or a TABARI root verb,
  // which opens its own block.
  void verb_line(std::string_view t) {
    std::string_view code;
    std::string_view body = t;
    size_t lb = t.find('[');
    if (lb != std::string_view::npos) {
      code = trim(t.substr(lb));
      body = trim(t.substr(0, lb));
    }
    std::string_view forms;
    bool has_forms = false;
    size_t lc = body.find('{');
    if (lc != std::string_view::npos) {
      size_t rc = body.find('}', lc);
      if (rc == std::string_view::npos) { error("unclosed '{' in verb forms"); return; }
      forms = body.substr(lc + 1, rc - lc - 1);
      has_forms = true;
      body = trim(body.substr(0, lc));
    }
    if (body.empty()) { error("verb line with no verb"); return; }
    VerbPatternC tmp;
    if (!code.empty()) {
      std::string e = parse_event_code(code, tmp);
      if (!e.empty()) { error(e); return; }
    }
    if (flavor_ == Flavor::kTabari) {
      // Each root verb is its own block.
      VerbBlock b;
      b.meaning = upper(body);
      b.code = code.empty() ? "" : tmp.active;
      b.passive = tmp.passive;
      b.paired = tmp.paired;
      b.subordinate = tmp.subordinate;
      b.where = where();
      block_ = static_cast<int>(v_.blocks.size());
      v_.blocks.push_back(std::move(b));
    } else if (block_ < 0) {
      error("verb line outside a '--- MEANING [CODE] ---' block");
      return;
    }
    VerbEntry e;
    e.block = static_cast<uint32_t>(block_);
    if (!code.empty()) {
      e.code = tmp.active.empty() ? "---" : tmp.active;
      e.passive = tmp.passive;
      e.paired = tmp.paired;
      e.subordinate = tmp.subordinate;
    }
    e.where = where();
    uint32_t id = static_cast<uint32_t>(v_.entries.size());
    // Split the verb phrase; '+' marks the verb word, else the first word.
    std::string u = upper(body);
    std::vector<std::string> words;
    int verb_at = -1;
    size_t i = 0;
    bool exact_verb = false, bare_verb = false;
    while (i < u.size()) {
      while (i < u.size() && (u[i] == '_' || u[i] == ' ' || u[i] == '\t')) ++i;
      size_t b = i;
      while (i < u.size() && u[i] != '_' && u[i] != ' ' && u[i] != '\t') ++i;
      if (i == b) break;
      std::string w = u.substr(b, i - b);
      if (w[0] == '+') {
        w.erase(0, 1);
        verb_at = static_cast<int>(words.size());
      }
      // TABARI: a trailing '=' ("BAN=") is the word exactly, with no endings.
      bool bare = flavor_ == Flavor::kTabari && w.size() > 1 && w.back() == '=';
      if (bare) w.pop_back();
      if (w.empty()) continue;
      if (words.empty() || verb_at == static_cast<int>(words.size())) {
        exact_verb = i < u.size() && u[i] == '_';
        bare_verb = bare;
      }
      words.push_back(w);
    }
    if (words.empty()) { error("verb line with no verb"); return; }
    if (verb_at < 0) verb_at = 0;
    e.before.assign(words.begin(), words.begin() + verb_at);
    e.after.assign(words.begin() + verb_at + 1, words.end());
    v_.entries.push_back(e);
    last_entry_ = id;
    last_verb_word_ = words[verb_at];
    if (has_forms) {
      for (std::string_view f : split_space(forms)) add_form_word(f, id);
      // The base form itself always counts.
      add_form(words[verb_at], id);
    } else if (bare_verb) {
      add_form(words[verb_at], id);
    } else {
      const std::string& root = words[verb_at];
      add_form(root, id);
      for (const std::string& f : verb_forms(root)) add_form(f, id);
      // TABARI reads a root with the endings S, ES, ED, EN and ING (D and N
      // after a final E), whatever English makes of them ("departes",
      // "departen"); other letters after the root are another word.
      if (flavor_ == Flavor::kTabari) {
        bool e = root.back() == 'E';
        for (const char* end : {"S", "ES", "ED", "EN", "ING"}) add_form(root + end, id);
        if (e) {
          add_form(root + "D", id);
          add_form(root + "N", id);
        }
      }
      if (flavor_ == Flavor::kTabari && !exact_verb && words.size() == 1) v_.stems[root].push_back(id);
    }
  }

  // A form from {...}: "+ASKED_FOR" or "BROKE"; only the verb word is indexed.
  void add_form_word(std::string_view f, uint32_t id) {
    std::string u = upper(f);
    std::string verb;
    size_t plus = u.find('+');
    size_t i = 0;
    std::vector<std::string> parts;
    while (i < u.size()) {
      size_t b = i;
      while (i < u.size() && u[i] != '_') ++i;
      if (i > b) parts.push_back(u.substr(b, i - b));
      ++i;
    }
    if (parts.empty()) return;
    verb = parts[0];
    if (plus != std::string::npos)
      for (auto& p : parts)
        if (!p.empty() && p[0] == '+') verb = p.substr(1);
    if (!verb.empty() && verb[0] == '+') verb.erase(0, 1);
    if (!verb.empty()) add_form(verb, id);
  }

  void add_form(const std::string& f, uint32_t id) {
    auto& v = v_.forms[f];
    if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(id);
  }

  void pattern(std::string_view t) {
    if (block_ < 0) { error("pattern line outside a verb block"); return; }
    std::string_view body, code;
    if (!split_code(t, body, code)) { error("pattern without [CODE]"); return; }
    VerbPatternC p;
    std::string e = parse_event_code(code, p);
    if (!e.empty()) { error(e); return; }
    p.where = where();
    std::string err = flavor_ == Flavor::kPetr2 ? parse_tree(body, p) : parse_linear(body, p);
    if (!err.empty()) { error(err); return; }
    v_.blocks[block_].patterns.push_back(static_cast<uint32_t>(v_.patterns.size()));
    v_.patterns.push_back(std::move(p));
  }

  // ---- linear (TABARI / PETRARCH-1)

  int32_t synset_ref(const std::string& w) {
    std::string n = w;
    if (!n.empty() && n.back() == '_') n.pop_back();
    auto it = v_.synset_index.find(n);
    return it == v_.synset_index.end() ? -1 : static_cast<int32_t>(it->second);
  }

  std::string parse_linear(std::string_view body, VerbPatternC& p) {
    p.linear = true;
    std::string u = upper(body);
    std::vector<LinElem> elems;
    int star = -1;
    bool star_glued_before = false, star_glued_after = false;
    bool glue_next = false;  // a '_' or '~' seen since the last element
    size_t i = 0;
    while (i < u.size()) {
      char c = u[i];
      if (c == ' ' || c == '\t') { ++i; continue; }
      if (c == '_') { glue_next = true; ++i; continue; }
      if (c == '{') {
        size_t rb = u.find('}', i);
        if (rb == std::string::npos) return "unclosed '{' in pattern";
        if (flavor_ == Flavor::kPetr1) return "alternatives {a | b} are TABARI-only; PETRARCH-1 skips this line";
        LinElem e;
        e.kind = LinElem::kAlt;
        std::string_view inner(u.data() + i + 1, rb - i - 1);
        size_t b = 0;
        while (b <= inner.size()) {
          size_t bar = inner.find('|', b);
          std::string_view alt = trim(inner.substr(b, bar == std::string_view::npos ? std::string_view::npos : bar - b));
          std::vector<std::string> words;
          // TABARI marks (see the coder's phrase_at): '*' a stem, ' ' a gap.
          for (auto& w : split_phrase(alt, flavor_ == Flavor::kTabari))
            words.push_back((w.gap ? " " : "") + w.text + (w.stem && w.text[0] != '&' ? "*" : ""));
          if (!words.empty()) e.alts.push_back(words);
          if (bar == std::string_view::npos) break;
          b = bar + 1;
        }
        if (e.alts.empty()) return "empty alternatives {}";
        e.glued = glue_next;
        glue_next = false;
        elems.push_back(std::move(e));
        i = rb + 1;
        continue;
      }
      size_t b = i;
      while (i < u.size() && u[i] != ' ' && u[i] != '\t' && u[i] != '_' && u[i] != '{') ++i;
      std::string w = u.substr(b, i - b);
      bool followed_by_underscore = i < u.size() && u[i] == '_';
      if (w == "*") {
        if (star >= 0) return "two '*' in pattern";
        star = static_cast<int>(elems.size());
        star_glued_before = glue_next;
        glue_next = false;
        if (followed_by_underscore) {
          star_glued_after = true;
          ++i;
        }
        continue;
      }
      bool tilde_glue = false;
      if (w.size() > 1 && w.back() == '~') {  // TABARI "XXX~ YYY": stem, next word adjacent
        w.pop_back();
        tilde_glue = true;
      }
      LinElem e;
      e.glued = glue_next;
      glue_next = tilde_glue;
      if (star >= 0 && static_cast<int>(elems.size()) == star && star_glued_after) e.glued = true;
      if (w == "$") e.kind = LinElem::kSource;
      else if (w == "+") e.kind = LinElem::kTarget;
      else if (w == "%") e.kind = LinElem::kCompound;
      else if (w == "^") e.kind = LinElem::kSkip;
      else if (w[0] == '&') {
        int32_t s = synset_ref(w);
        if (s < 0) {
          // PETRARCH leaves an undefined synset as a literal word; say so.
          error("undefined synset " + w + " (kept as a literal word)");
          e.kind = LinElem::kWord;
          e.word = w;
        } else {
          e.kind = LinElem::kSynset;
          e.synset = static_cast<uint32_t>(s);
        }
      } else {
        e.kind = LinElem::kWord;
        e.word = w;
        e.stem = flavor_ == Flavor::kTabari && !followed_by_underscore && !tilde_glue;
        if (tilde_glue) e.stem = true;
      }
      elems.push_back(std::move(e));
    }
    if (star < 0) return "pattern without '*' (the verb's position)";
    p.lin.before.assign(elems.begin(), elems.begin() + star);
    p.lin.after.assign(elems.begin() + star, elems.end());
    p.lin.before_glued = star_glued_before;
    p.lin.after_glued = star_glued_after;
    if (!p.lin.after.empty() && star_glued_after) p.lin.after[0].glued = true;
    // TABARI's sort key: alphanumeric characters of the pattern. A set of
    // alternatives counts with its first alternative only: the validation
    // suite expects "* RESISTANCE TO THE INVADING" to be tried before
    // "* RESIST { TO THE END | TO THE DEATH | UNTIL HELL FREEZES OVER }".
    // A synset's name is no text of the pattern and does not count: the
    // suite expects "* DOLLAR" to be tried before "* &CURRENCY".
    int len = 0;
    bool in_alt = false, past_first = false, in_syn = false;
    for (char c : u) {
      bool alnum = std::isalnum(static_cast<unsigned char>(c));
      if (c == '&') in_syn = true;
      else if (!alnum) in_syn = false;
      if (c == '{') in_alt = true, past_first = false;
      else if (c == '}') in_alt = false;
      else if (c == '|' && in_alt) past_first = true;
      else if (alnum && !in_syn && !(in_alt && past_first)) ++len;
    }
    p.lin.length = len;
    p.specificity = len;
    return "";
  }

  // ---- tree (PETRARCH-2)

  std::string parse_noun(std::string_view tok, TreeNoun& n) {
    std::string w = upper(trim(tok));
    if (w.empty()) return "empty noun";
    // `^` (and `^ ^`, as written in `(AT ^ ^)`) matches any noun phrase;
    // `+` / `$` as a prepositional object marks the target / source slot.
    if (w.find_first_not_of("^ \t") == std::string::npos) { n.any = true; return ""; }
    if (w == "+" || w == "$") { n.any = true; n.slot = w[0]; return ""; }
    if (w[0] == '{') {
      if (w.back() != '}') return "unclosed '{'";
      std::vector<std::string> words;
      for (auto& x : split_phrase(std::string_view(w).substr(1, w.size() - 2), false)) words.push_back(x.text);
      if (words.empty()) return "empty {}";
      for (size_t k = 0; k + 1 < words.size(); ++k) n.mods.push_back(words[k]);
      w = words.back();
    }
    if (w[0] == '&') {
      int32_t s = synset_ref(w);
      if (s < 0) error("undefined synset " + w + " (kept as a literal word)");
      else { n.synset = s; return ""; }
    }
    if (w.size() > 1 && w.back() == '_') w.pop_back();
    // Words joined by '_' inside a noun element: the last is the head.
    auto parts = split_phrase(w, false);
    if (parts.size() > 1) {
      for (size_t k = 0; k + 1 < parts.size(); ++k) n.mods.push_back(parts[k].text);
      w = parts.back().text;
    }
    n.head = w;
    return "";
  }

  // One side of a tree pattern: nouns, braced phrases, (PREP ...) groups.
  // `order` (post-verb side only) receives the elements in written order
  // (see TreePattern::post_order); `pre_target` is set by a `+` on the
  // pre-verb side.
  std::string parse_side(std::string_view s, std::vector<TreeNoun>& nouns, std::vector<TreePrep>& preps, int& spec,
                         std::string* order, bool* pre_target) {
    size_t i = 0;
    while (i < s.size()) {
      char c = s[i];
      if (c == ' ' || c == '\t') { ++i; continue; }
      if (c == '(') {
        size_t rp = s.find(')', i);
        if (rp == std::string_view::npos) return "unclosed '(' in pattern";
        std::string_view inner = trim(s.substr(i + 1, rp - i - 1));
        i = rp + 1;
        if (inner.empty()) return "empty ()";
        TreePrep pp;
        size_t sp = inner.find_first_of(" \t");
        pp.prep = upper(inner.substr(0, sp));
        spec += 2;
        if (sp != std::string_view::npos) {
          std::string_view obj = trim(inner.substr(sp));
          if (!obj.empty()) {
            std::string e = parse_noun(obj, pp.obj);
            if (!e.empty()) return e;
            pp.has_obj = true;
            spec += 2 + static_cast<int>(pp.obj.mods.size());
          }
        }
        preps.push_back(std::move(pp));
        if (order) order->push_back('P');
        continue;
      }
      size_t b = i;
      if (c == '{') {
        size_t rb = s.find('}', i);
        if (rb == std::string_view::npos) return "unclosed '{' in pattern";
        i = rb + 1;
      } else {
        while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '(' && s[i] != '{') ++i;
      }
      std::string_view tok = trim(s.substr(b, i - b));
      if (tok == "$" || tok == "+" || tok == "%") {
        if (tok == "%") {
          compound_ = true;
        } else if (order) {
          order->push_back(tok[0]);
          spec += 1;
        } else if (tok == "+" && pre_target) {
          *pre_target = true;
        }
        continue;
      }
      if (tok == "^" && order) {
        order->push_back('^');
        spec += 1;
        continue;
      }
      TreeNoun n;
      std::string e = parse_noun(tok, n);
      if (!e.empty()) return e;
      spec += n.any ? 1 : 3 + static_cast<int>(n.mods.size());
      nouns.push_back(std::move(n));
      if (order) order->push_back('N');
    }
    return "";
  }

  std::string parse_tree(std::string_view body, VerbPatternC& p) {
    p.linear = false;
    size_t star = body.find('*');
    if (star == std::string_view::npos) return "pattern without '*' (the verb's position)";
    if (body.find('*', star + 1) != std::string_view::npos) return "two '*' in pattern";
    int spec = 0;
    compound_ = false;
    std::string e = parse_side(body.substr(0, star), p.tree.pre_nouns, p.tree.pre_preps, spec, nullptr,
                               &p.tree.pre_target);
    if (!e.empty()) return e;
    e = parse_side(body.substr(star + 1), p.tree.post_nouns, p.tree.post_preps, spec, &p.tree.post_order, nullptr);
    if (!e.empty()) return e;
    p.tree.post_slots = p.tree.post_order.find_first_of("^$+") != std::string::npos;
    p.tree.compound = compound_;
    if (compound_) spec += 1;
    p.specificity = spec;
    return "";
  }

  void finish() {
    v_.index_synsets();
    for (VerbBlock& b : v_.blocks)
      std::stable_sort(b.patterns.begin(), b.patterns.end(), [&](uint32_t x, uint32_t y) {
        return v_.patterns[x].specificity > v_.patterns[y].specificity;
      });
  }

  Dictionaries& d_;
  VerbDict& v_;
  Diagnostics& diags_;
  std::string name_;
  Flavor flavor_;
  int line_ = 0;
  bool compound_ = false;  // the tree pattern being parsed has `%`
  bool in_patterns_ = false;
  Section section_ = kNone;
  int synset_ = -1;
  int block_ = -1;
  uint32_t last_entry_ = 0;
  std::string last_verb_word_;
};

Flavor guess_verb_flavor(std::string_view text, const std::string& name, FormatHint hint) {
  if (hint == FormatHint::kTabari) return Flavor::kTabari;
  if (hint == FormatHint::kPetr1) return Flavor::kPetr1;
  if (hint == FormatHint::kPetr2) return Flavor::kPetr2;
  if (is_tabari_name(name)) return Flavor::kTabari;
  // PETRARCH-2 files carry the section marker; PETRARCH-1 files have blocks
  // but no marker.
  size_t pos = 0;
  while ((pos = text.find("VERB PATTERNS", pos)) != std::string_view::npos) {
    size_t bol = text.rfind('\n', pos);
    bol = bol == std::string_view::npos ? 0 : bol + 1;
    if (text[bol] == '#') return Flavor::kPetr2;
    pos += 13;
  }
  return Flavor::kPetr1;
}

}  // namespace

void parse_verbs(std::string_view text, const std::string& name, Dictionaries& dict, Diagnostics& diags,
                 FormatHint hint) {
  VerbLoader(dict, diags, name, guess_verb_flavor(text, name, hint)).run(text);
}

void VerbDict::lookup(std::string_view w, std::vector<uint32_t>& out) const {
  out.clear();
  auto it = forms.find(std::string(w));
  if (it != forms.end()) out = it->second;
  if (stems.empty()) return;
  for (size_t len = w.size(); len >= 2; --len) {
    auto s = stems.find(std::string(w.substr(0, len)));
    if (s == stems.end()) continue;
    for (uint32_t id : s->second)
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
}

void VerbDict::index_synsets() {
  synset_words.assign(synsets.size(), {});
  for (uint32_t s = 0; s < synsets.size(); ++s) {
    // Nested synsets, breadth first, each once.
    std::vector<uint32_t> todo{s};
    for (size_t i = 0; i < todo.size(); ++i)
      for (const auto& m : synsets[todo[i]].members) {
        if (m.size() != 1) continue;
        if (m[0][0] == '&') {
          auto it = synset_index.find(m[0]);
          if (it != synset_index.end() && std::find(todo.begin(), todo.end(), it->second) == todo.end())
            todo.push_back(it->second);
          continue;
        }
        synset_words[s].insert(m[0]);
      }
  }
}

bool VerbDict::in_synset(uint32_t synset, std::string_view w) const {
  if (synset < synset_words.size()) return synset_words[synset].find(w) != synset_words[synset].end();
  for (const auto& m : synsets[synset].members) {
    if (m.size() != 1) continue;
    if (m[0] == w) return true;
    if (m[0][0] == '&') {
      auto it = synset_index.find(m[0]);
      if (it != synset_index.end() && it->second != synset && in_synset(it->second, w)) return true;
    }
  }
  return false;
}

}  // namespace dyad::compat
