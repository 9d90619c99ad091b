// Loader for the verb-pattern files in data/verbs/ (format: data/verbs/README.md).
#include "events/verb_lexicon.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "dyad/events.h"
#include "core/fields.h"

namespace dyad {
namespace {

std::vector<std::string_view> split_on(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  while (true) {
    size_t p = s.find(sep, b);
    out.push_back(s.substr(b, p == std::string_view::npos ? s.npos : p - b));
    if (p == std::string_view::npos) break;
    b = p + 1;
  }
  return out;
}

bool is_word(std::string_view w) {
  if (w.empty()) return false;
  if (w == "$") return true;  // "pledged $500 million": the currency sign heads the object
  for (char c : w) {
    bool ok = (c >= 'a' && c <= 'z') || c == '-' || c == '_' || c == '\'' ||
              (c >= '0' && c <= '9');
    if (!ok) return false;
  }
  return true;
}

bool parse_modality(std::string_view s, Modality* m) {
  if (s == "requested") *m = Modality::kRequested;
  else if (s == "intended") *m = Modality::kIntended;
  else if (s == "negated") *m = Modality::kNegated;
  else if (s == "denied") *m = Modality::kDenied;
  else if (s == "hypothetical") *m = Modality::kHypothetical;
  else if (s == "asserted") *m = Modality::kAsserted;
  else return false;
  return true;
}

}  // namespace

WordSet VerbLexicon::parse_words(std::string_view spec, const std::string& name, int line) const {
  WordSet ws;
  if (spec.empty()) fail_at(name, line, "empty word list");
  for (auto w : split_on(spec, ',')) {
    if (w == "*") {
      ws.any = true;
    } else if (!w.empty() && w[0] == '&') {
      const WordSet* s = set(w.substr(1));
      if (!s) fail_at(name, line, "unknown word set '" + std::string(w) + "' (define it before use)");
      ws.any = ws.any || s->any;
      ws.words.insert(s->words.begin(), s->words.end());
    } else if (is_word(w)) {
      ws.words.emplace(w);
    } else {
      fail_at(name, line, "bad word '" + std::string(w) + "' (lower-case lemmas, '*' or '&set')");
    }
  }
  return ws;
}

void VerbLexicon::parse(std::string_view text, const std::string& name) {
  indexed_ = false;  // until finish() indexes the new lemmas
  for_each_line(text, [&](std::string_view line, size_t lineno) {
    if (auto h = line.find('#'); h != std::string_view::npos) line = line.substr(0, h);
    auto f = split_ws(line);
    if (f.empty()) return;
    if (!f[0].empty() && (f[0].back() == '\r')) f[0].remove_suffix(1);

    if (f[0][0] == '&') {  // word set
      std::string_view sname = f[0].substr(1);
      if (!is_word(sname)) fail_at(name, lineno, "bad set name '" + std::string(f[0]) + "'");
      if (f.size() < 2) fail_at(name, lineno, "word set " + std::string(f[0]) + " has no members");
      WordSet& ws = sets_[std::string(sname)];
      for (size_t i = 1; i < f.size(); ++i) {
        WordSet part = parse_words(f[i], name, lineno);
        ws.any = ws.any || part.any;
        ws.words.insert(part.words.begin(), part.words.end());
      }
      return;
    }
    if (f[0][0] == '%') {  // derivation table row
      std::string_view table = f[0].substr(1);
      if (!is_word(table)) fail_at(name, lineno, "bad table name '" + std::string(f[0]) + "'");
      if (f.size() != 3) fail_at(name, lineno, "table rows are '%table FROM-CODE TO-CODE'");
      if (!Codebook::is_code(f[1])) fail_at(name, lineno, "bad CAMEO code '" + std::string(f[1]) + "'");
      if (!Codebook::is_code(f[2])) fail_at(name, lineno, "bad CAMEO code '" + std::string(f[2]) + "'");
      auto& t = tables_[std::string(table)];
      if (!t.emplace(std::string(f[1]), std::string(f[2])).second)
        fail_at(name, lineno, "duplicate row for " + std::string(f[1]) + " in table " + std::string(table));
      return;
    }

    // Pattern: CODE ID VERBS ELEMENTS...
    if (f.size() < 3) fail_at(name, lineno, "expected 'CODE ID VERBS [ELEMENT...]'");
    VerbPattern p;
    p.file = name;
    p.line = lineno;
    if (f[0] == "---") {
      p.code.clear();
    } else if (Codebook::is_code(f[0])) {
      p.code = std::string(f[0]);
    } else {
      fail_at(name, lineno, "bad CAMEO code '" + std::string(f[0]) + "' (2-4 digits, or --- for no event)");
    }
    p.id = std::string(f[1]);
    if (p.id.empty() || p.id[0] == '&' || p.id.find('=') != std::string::npos)
      fail_at(name, lineno, "bad pattern id '" + p.id + "'");
    if (!ids_.insert(p.id).second) fail_at(name, lineno, "duplicate pattern id '" + p.id + "'");
    WordSet verbs = parse_words(f[2], name, lineno);
    if (verbs.any) fail_at(name, lineno, "the verb list cannot be '*'");
    bool explicit_target = false;
    for (size_t i = 3; i < f.size(); ++i) {
      std::string_view e = f[i];
      auto eq = e.find('=');
      if (eq == std::string_view::npos) {
        if (e == "mutual") p.mutual = true;
        else if (e == "joint") p.joint = true;
        else if (e == "recipient") p.recipient = true;
        else if (e == "igo") p.igo = true;
        else if (e == "land") p.land = true;
        else if (e == "people") p.people = true;
        else if (e == "absorb") p.absorb = true;
        else if (e == "cop") p.cop = true;
        else if (e == "direct") p.direct = true;
        else if (e == "noun") p.noun = true;
        else if (e == "reported") p.reported = true;
        else if (e == "neg") p.neg = true;
        else if (e == "future") p.future = true;
        else if (e == "done") p.done = true;
        else if (e == "content") {
          Cond c;
          c.kind = CondKind::kContent;
          c.words.any = true;
          p.conds.push_back(std::move(c));
        }
        else if (e == "passive") p.voice = Voice::kPassive;
        else if (e == "active") p.voice = Voice::kActive;
        else fail_at(name, lineno, "unknown flag '" + std::string(e) + "'");
        continue;
      }
      std::string_view key = e.substr(0, eq), val = e.substr(eq + 1);
      if (val.empty()) fail_at(name, lineno, "empty value for '" + std::string(key) + "'");
      if (key == "target") {
        explicit_target = true;
        if (val == "none") {
          p.target_none = true;
          continue;
        }
        if (val.back() == '?') {
          p.target_optional = true;
          val.remove_suffix(1);
        }
        for (auto s : split_on(val, '|')) {
          Slot slot;
          if (s == "obj") slot.kind = Slot::kObj;
          else if (s == "iobj") slot.kind = Slot::kIobj;
          else if (s == "esubj") slot.kind = Slot::kEmbeddedSubj;
          else if (s == "epass") { slot.kind = Slot::kEmbeddedSubj; slot.passive = true; }
          else if (is_word(s)) { slot.kind = Slot::kPrep; slot.prep = std::string(s); }
          else fail_at(name, lineno, "bad target slot '" + std::string(s) + "'");
          p.targets.push_back(slot);
        }
      } else if (key == "gov") {
        if (!parse_modality(val, &p.gov))
          fail_at(name, lineno, "bad modality '" + std::string(val) +
                                 "' (requested, intended, negated, hypothetical, denied, asserted)");
        p.has_gov = true;
      } else if (key == "derive") {
        if (!is_word(val)) fail_at(name, lineno, "bad table name '" + std::string(val) + "'");
        p.derive = std::string(val);
      } else {
        Cond c;
        if (key == "prt") c.kind = CondKind::kPrt;
        else if (key == "obj") c.kind = CondKind::kObj;
        else if (key == "objmod") c.kind = CondKind::kObjMod;
        else if (key == "iobj") c.kind = CondKind::kIobj;
        else if (key == "xcomp") c.kind = CondKind::kXcomp;
        else if (key == "mod") c.kind = CondKind::kMod;
        else if (key == "clause") c.kind = CondKind::kClause;
        else if (key == "objclause") c.kind = CondKind::kObjClause;
        else if (key == "obj2") c.kind = CondKind::kObj2;
        else if (key == "subjmod") c.kind = CondKind::kSubjMod;
        else if (key == "subjrole") c.kind = CondKind::kSubjRole;
        else if (key == "esubj") c.kind = CondKind::kEsubj;
        else if (key == "eaux") c.kind = CondKind::kEaux;
        else if (is_word(key)) { c.kind = CondKind::kPrep; c.prep = std::string(key); }
        else fail_at(name, lineno, "unknown element '" + std::string(key) + "'");
        c.words = parse_words(val, name, lineno);
        p.conds.push_back(std::move(c));
      }
    }
    if (!explicit_target) {
      p.targets = {Slot{Slot::kObj, {}}, Slot{Slot::kIobj, {}}};
    }
    if (p.absorb && !p.has_gov) fail_at(name, lineno, "'absorb' needs 'gov='");
    if (p.noun && (p.has_gov || p.cop || !p.derive.empty()))
      fail_at(name, lineno, "'noun' cannot combine with 'gov=', 'derive=' or 'cop'");
    if (p.reported && (p.noun || p.cop || p.has_gov))
      fail_at(name, lineno, "'reported' cannot combine with 'noun', 'cop' or 'gov='");
    if (!p.derive.empty() && !tables_.count(p.derive))
      fail_at(name, lineno, "unknown derivation table '" + p.derive + "' (define its rows first)");
    p.specificity = 0;
    for (const auto& c : p.conds) p.specificity += c.words.any ? 2 : 3;
    if (p.voice != Voice::kAny) p.specificity += 1;
    if (p.reported) p.specificity += 4;  // tried before the same verb's plain readings
    if (p.neg) p.specificity += 3;
    for (const auto& v : verbs.words) by_lemma_[v].push_back(p);
  });
}

void VerbLexicon::finish() {
  for (auto& [lemma, v] : by_lemma_)
    std::stable_sort(v.begin(), v.end(), [](const VerbPattern& a, const VerbPattern& b) {
      return a.specificity > b.specificity;
    });
  lemma_index_ = FlatStringIndex();
  lemma_patterns_.clear();
  for (auto& [lemma, v] : by_lemma_) {
    lemma_index_.add(lemma, static_cast<uint32_t>(lemma_patterns_.size()));
    lemma_patterns_.push_back(&v);
    for (VerbPattern& p : v)
      for (Cond& c : p.conds) c.words.build_index();
  }
  set_index_ = FlatStringIndex();
  set_ptrs_.clear();
  for (auto& [name, ws] : sets_) {
    ws.build_index();
    set_index_.add(name, static_cast<uint32_t>(set_ptrs_.size()));
    set_ptrs_.push_back(&ws);
  }
  for (size_t i = 0; i < coder_sets_.size(); ++i) {
    auto it = sets_.find(coder_set_name(static_cast<CoderSet>(i)));
    coder_sets_[i] = it == sets_.end() ? nullptr : &it->second;
  }
  hyphenated_.clear();
  auto collect = [&](const WordSet& ws) {
    for (const std::string& w : ws.words)
      if (w.size() > 2 && w.find('-') != std::string::npos) hyphenated_.insert(w);
  };
  for (auto& [lemma, v] : by_lemma_) {
    if (lemma.size() > 2 && lemma.find('-') != std::string::npos) hyphenated_.insert(lemma);
    for (const VerbPattern& p : v)
      for (const Cond& c : p.conds) collect(c.words);
  }
  for (const auto& [name, ws] : sets_) collect(ws);
  indexed_ = true;
}

std::shared_ptr<VerbLexicon> VerbLexicon::load_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) throw std::runtime_error(dir + ": not a verb-pattern directory");
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path().string());
  if (ec) throw std::runtime_error(dir + ": " + ec.message());
  if (files.empty()) throw std::runtime_error(dir + ": no *.txt verb-pattern files");
  std::sort(files.begin(), files.end());
  auto lex = std::make_shared<VerbLexicon>();
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open");
    std::stringstream ss;
    ss << in.rdbuf();
    lex->parse(ss.str(), path);
  }
  lex->finish();
  return lex;
}

const std::vector<VerbPattern>* VerbLexicon::patterns(std::string_view lemma) const {
  if (indexed_) {
    const uint32_t id = lemma_index_.find(lemma);
    return id == FlatStringIndex::kMissing ? nullptr : lemma_patterns_[id];
  }
  auto it = by_lemma_.find(lemma);
  return it == by_lemma_.end() ? nullptr : &it->second;
}

std::string VerbLexicon::derive(const std::string& table, std::string_view code) const {
  auto t = tables_.find(table);
  if (t == tables_.end()) return {};
  for (size_t n = code.size(); n >= 2; --n) {
    auto it = t->second.find(std::string(code.substr(0, n)));
    if (it != t->second.end()) return it->second;
  }
  return {};
}

const WordSet* VerbLexicon::set(std::string_view name) const {
  if (indexed_) {
    const uint32_t id = set_index_.find(name);
    return id == FlatStringIndex::kMissing ? nullptr : set_ptrs_[id];
  }
  auto it = sets_.find(name);
  return it == sets_.end() ? nullptr : &it->second;
}

std::string_view VerbLexicon::coder_set_name(CoderSet s) {
  static constexpr std::string_view kNames[] = {
#define DYAD_CODER_SET_NAME(id, name) name,
      DYAD_CODER_SETS(DYAD_CODER_SET_NAME)
#undef DYAD_CODER_SET_NAME
  };
  return kNames[static_cast<size_t>(s)];
}

size_t VerbLexicon::pattern_count() const { return ids_.size(); }

std::vector<const VerbPattern*> VerbLexicon::all_patterns() const {
  std::vector<const VerbPattern*> out;
  std::unordered_set<std::string> seen;
  for (const auto& [lemma, v] : by_lemma_)
    for (const auto& p : v)
      if (seen.insert(p.id).second) out.push_back(&p);
  std::sort(out.begin(), out.end(), [](const VerbPattern* a, const VerbPattern* b) { return a->id < b->id; });
  return out;
}

std::shared_ptr<const VerbLexicon> load_verb_lexicon(const std::string& dir) {
  return VerbLexicon::load_dir(dir);
}

}  // namespace dyad
