#include "events/tree.h"

#include <cctype>

namespace dyad::events {

namespace {

// to_lower into an existing string, reusing its buffer: no temporary string
// per token when the tree is built.
void assign_lower(std::string& out, std::string_view s) {
  out.assign(s.data(), s.size());
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

}  // namespace

std::string to_lower(std::string_view s) {
  // ASCII only, as std::tolower in the "C" locale dyad runs in (no call to
  // setlocale), without a library call per byte.
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

Rels::Rels() {
  auto r = [](const char* n) { return deprel_from_name(n); };
  nsubj = r("nsubj"); nsubj_pass = r("nsubj:pass"); csubj = r("csubj"); obj = r("obj");
  iobj = r("iobj"); obl = r("obl"); obl_agent = r("obl:agent"); obl_tmod = r("obl:tmod");
  obl_npmod = r("obl:npmod"); nmod = r("nmod"); nmod_tmod = r("nmod:tmod");
  nmod_poss = r("nmod:poss"); advcl = r("advcl"); advmod = r("advmod"); aux = r("aux");
  aux_pass = r("aux:pass"); case_ = r("case"); mark = r("mark"); compound = r("compound");
  compound_prt = r("compound:prt"); amod = r("amod"); xcomp = r("xcomp"); ccomp = r("ccomp");
  conj = r("conj"); acl = r("acl"); acl_relcl = r("acl:relcl"); appos = r("appos");
  flat = r("flat"); cop = r("cop"); parataxis = r("parataxis"); nummod = r("nummod");
  det = r("det"); root = r("root"); cc = r("cc"); punct = r("punct"); list = r("list");
  dep_ = r("dep");
}


Tree::Tree(const Document& doc) : doc_(doc) {
  size_t n = doc.syntax.size() == doc.tokens.size() ? doc.tokens.size() : 0;
  lemma_.resize(n);
  lower_.resize(n);
  base_.resize(n);
  sent_of_.assign(n, 0);
  negated_.assign(n, -1);
  for (size_t s = 0; s < doc.sentences.size(); ++s)
    for (uint32_t t = doc.sentences[s].token_begin; t < doc.sentences[s].token_end && t < n; ++t)
      sent_of_[t] = static_cast<int>(s);
  // Children by counting sort: count per head, offsets, then fill in token
  // order (each list stays in token order, as pushing in order gave).
  kid_off_.assign(n + 1, 0);
  for (size_t t = 0; t < n; ++t) {
    const int h = doc.syntax[t].head;
    if (h >= 0 && static_cast<size_t>(h) < n && h != static_cast<int>(t)) ++kid_off_[h + 1];
  }
  for (size_t t = 0; t < n; ++t) kid_off_[t + 1] += kid_off_[t];
  kids_.resize(kid_off_[n]);
  {
    std::vector<uint32_t> fill(kid_off_.begin(), kid_off_.end() - (n ? 1 : 0));
    for (size_t t = 0; t < n; ++t) {
      const int h = doc.syntax[t].head;
      if (h >= 0 && static_cast<size_t>(h) < n && h != static_cast<int>(t)) kids_[fill[h]++] = static_cast<int>(t);
    }
  }
  for (size_t t = 0; t < n; ++t) {
    const auto& sx = doc.syntax[t];
    assign_lower(lower_[t], doc.tokens[t].norm.empty() ? doc.token_text(t) : std::string_view(doc.tokens[t].norm));
    if (sx.lemma.empty()) lemma_[t] = lower_[t];
    else assign_lower(lemma_[t], sx.lemma);
    base_[t] = deprel_base(sx.deprel);
  }
}

std::vector<int> Tree::kids(int t, DepRel r) const {
  std::vector<int> out;
  for (int c : children(t))
    if (rel(c) == r) out.push_back(c);
  return out;
}

int Tree::first_kid(int t, DepRel r) const {
  for (int c : children(t))
    if (rel(c) == r) return c;
  return -1;
}

std::vector<int> Tree::kids_base(int t, DepRel r) const {
  std::vector<int> out;
  for (int c : children(t))
    if (base_[c] == r) out.push_back(c);
  return out;
}

std::vector<int> Tree::with_conjuncts(int t) const {
  std::vector<int> out{t};
  // Breadth-first over conj children; a tree, so no cycles, but cap anyway.
  // An "according to X" phrase the parser coordinated with the list before it
  // ("met A and B, according to C") names a source, not another participant.
  for (size_t i = 0; i < out.size() && out.size() < 64; ++i)
    for (int c : children(out[i]))
      if ((rel(c) == rels().conj || is_misread_conjunct(c)) && upos(c) != UPos::kVERB && !is_attribution(c))
        out.push_back(c);
  return out;
}

bool Tree::dominated_by(int a, int t) const {
  for (int d = 0; a >= 0 && d < 64; ++d, a = head(a))
    if (a == t) return true;
  return false;
}

bool Tree::is_misread_conjunct(int c) const {
  const Rels& R = rels();
  const int h = head(c);
  if (h < 0 || c < h) return false;
  const UPos u = upos(c), hu = upos(h);
  if ((u != UPos::kNOUN && u != UPos::kPROPN) || (hu != UPos::kNOUN && hu != UPos::kPROPN)) return false;
  const DepRel r = rel(c);
  if (r == R.appos) {
    // "A, B and C": B hung on A as an appositive, C coordinated with B.
    if (c == 0 || lower(c - 1) != ",") return false;
    for (int k : children(c))
      if (rel(k) == R.conj && upos(k) == upos(c))
        for (int j : children(k))
          if (base(j) == R.cc) return true;
    return false;
  }
  if (!(r == R.nmod && prep_of(c).empty()) && r != R.list) return false;
  if (c - h > 32) return false;  // one coordinated phrase; keeps the scan bounded
  for (int k = h + 1; k < c; ++k)
    if (base(k) == R.cc && (lemma(k) == "and" || lemma(k) == "or") && dominated_by(k, c)) return true;
  return false;
}

bool Tree::is_attribution(int t) const {
  const std::string p = prep_of(t);
  return p == "accord" || p == "according";
}

std::string Tree::prep_of(int t) const {
  // Multi-word prepositions ("according to", "in front of") keep their first word.
  for (int c : children(t))
    if (rel(c) == rels().case_ || rel(c) == rels().mark) return lemma(c);
  // "of [U.S. and NATO] troops", "after [the new ruling] council": the
  // parser often hangs the preposition on the phrase's first word, a
  // compound or adjective before the head, instead of the head. (Not the
  // possessive "'s", which is a case word too.)
  for (int c : children(t)) {
    if (c >= t || (rel(c) != rels().compound && rel(c) != rels().amod)) continue;
    for (int k : children(c))
      if (k < c && rel(k) == rels().case_ && lemma(k) != "'s" && lemma(k) != "'") return lemma(k);
  }
  return {};
}

bool Tree::is_misparsed_main_clause(int v) const {
  const Rels& R = rels();
  int h = head(v);
  if (rel(v) != R.acl || h < 0 || (upos(h) != UPos::kNOUN && upos(h) != UPos::kPROPN) || first_kid(v, R.aux) >= 0 ||
      first_kid(v, R.aux_pass) >= 0)
    return false;
  // "China, which has long been X's ally, expressed concern": the verb hangs on
  // the root subject itself or on the predicate of its relative clause.
  const bool on_root_subject =
      head(h) < 0 || (rel(h) == R.acl_relcl && head(head(h)) < 0) || glued_to_fronted_root(h) >= 0;
  if (on_root_subject && first_kid(v, R.obj) >= 0) return true;
  // "Government forces and rebels clashed near X": a participle hung on the
  // first of two coordinated root nouns, past the second one, reads the
  // pair as its subject (a reduced relative attaches to the nearer noun).
  if (head(h) < 0 && (xpos(v) == "VBD" || xpos(v) == "VBN") && first_kid(h, R.cop) < 0) {
    int last = -1;
    for (int c : children(h))
      if (rel(c) == R.conj && c < v && (upos(c) == UPos::kNOUN || upos(c) == UPos::kPROPN)) last = c;
    if (last >= 0) {
      bool adjacent = true;  // nothing but the conjunct's phrase between it and the verb
      for (int t = last + 1; t < v && adjacent; ++t) adjacent = dominated_by(t, last);
      if (adjacent) return true;
    }
  }
  // "officials said rebels attacked ten villages": the "agent" of a reduced
  // passive has no "by"; one without it is the active verb's object.
  return bare_agent(v) >= 0 && (xpos(v) == "VBD" || xpos(v) == "VBN");
}

int Tree::glued_to_fronted_root(int h) const {
  const Rels& R = rels();
  int k = h;
  for (int d = 0; d < 6 && k >= 0 && rel(k) == R.conj; ++d) k = head(k);
  if (k < 0 || (upos(k) != UPos::kNOUN && upos(k) != UPos::kPROPN)) return -1;
  const DepRel kb = base(k);
  if (kb != R.appos && kb != R.obj && kb != R.nmod && kb != R.dep_ && kb != R.list) return -1;
  int r = head(k);
  // The actors may even hang on the comma closing the phrase.
  if (r >= 0 && upos(r) == UPos::kPUNCT) r = head(r);
  if (r < 0 || head(r) >= 0 || r > k) return -1;
  // The root is a fronted prepositional phrase ("In 2024", "Last year"
  // reads as a bare noun, so only with a preposition) closed by a comma.
  bool prep = false;
  for (int c : children(r))
    if (rel(c) == R.case_ && c < r) prep = true;
  if (!prep || (upos(r) != UPos::kNUM && upos(r) != UPos::kNOUN && upos(r) != UPos::kPROPN)) return -1;
  bool comma = false;
  for (int t = r + 1; t < k && !comma; ++t) comma = lemma(t) == ",";
  return comma ? k : -1;
}

int Tree::bare_agent(int v) const {
  const Rels& R = rels();
  for (int c : children(v))
    if (rel(c) == R.obl_agent && prep_of(c) != "by" && (upos(c) == UPos::kNOUN || upos(c) == UPos::kPROPN)) return c;
  return -1;
}

bool Tree::is_reduced_passive(int v) const {
  // A participle with a subject of its own is a clause the parser hung on a
  // noun ("the region, where security forces clashed with ..."), not a
  // reduced passive: "the region clashed" would be nonsense.
  if (!active_participle_.empty() && active_participle_[v]) return false;
  return rel(v) == rels().acl && xpos(v) == "VBN" && head(v) >= 0 && !is_misparsed_main_clause(v) &&
         first_kid(v, rels().nsubj) < 0;
}

bool Tree::is_copula_passive(int v) const {
  if (upos(v) != UPos::kVERB || xpos(v) != "VBN") return false;
  bool cop = false, subj = false;
  for (int c : children(v)) {
    if (rel(c) == rels().cop && lemma(c) == "be") cop = true;
    if (rel(c) == rels().nsubj) subj = true;
    if (rel(c) == rels().obj) return false;
  }
  return cop && subj;
}

bool Tree::is_passive(int v) const {
  if (is_copula_passive(v)) return true;
  bool subj_pass = false, obj = false;
  for (int c : children(v)) {
    if (rel(c) == rels().aux_pass) return true;
    subj_pass = subj_pass || rel(c) == rels().nsubj_pass;
    obj = obj || rel(c) == rels().obj;
  }
  // A passive subject but no passive auxiliary and a direct object: an active
  // past tense the tagger read as a participle ("Rebel troops attacked X").
  if (subj_pass) return !obj;
  if (is_bare_passive_participle(v)) return true;
  // "The reporter, detained by police last month, was freed" read with the
  // reporter as the participle's nsubj: a past participle with no
  // auxiliary or object but a "by" agent is passive all the same.
  // (Only set off by a comma: "the soldiers backed by AU troops worked"
  // is a reduced relative, background to the clause.)
  if (xpos(v) == "VBN" && !obj && first_kid(v, rels().aux) < 0) {
    bool nsubj = false, agent = false;
    for (int c : children(v)) {
      nsubj = nsubj || (rel(c) == rels().nsubj && c + 1 < v && lemma(c + 1) == ",");
      agent = agent || (rel(c) == rels().obl_agent && prep_of(c) == "by");
    }
    if (nsubj && agent) return true;
  }
  // "X stands accused", "X got arrested": a participle complementing a
  // linking verb is passive too.
  int h = head(v);
  if (h >= 0 && rel(v) == rels().xcomp && xpos(v) == "VBN") {
    const std::string& l = lemma(h);
    if (l == "stand" || l == "get" || l == "remain" || l == "become" || l == "seem" || l == "appear" ||
        l == "be" || l == "feel")
      return true;
  }
  return false;
}

bool Tree::is_bare_passive_participle(int v) const {
  const Rels& R = rels();
  // A past participle with no auxiliary, subject, object or copula of its
  // own is a passive whose patient is elsewhere: "were arrested and
  // [charged]", "flee when [attacked] by pirates", "[detained] by police
  // last month, the reporter was freed". (An active past tense has its own
  // subject, an object, or a perfect auxiliary; a verb with no passive
  // reading, "protested", is marked active.)
  int h = head(v);
  // (The tagger often reads a participle coordinated after a passive as a
  // past tense: "were arrested by police and deported".)
  if (h < 0 || upos(v) != UPos::kVERB) return false;
  if (xpos(v) != "VBN" && !(xpos(v) == "VBD" && rel(v) == rels().conj)) return false;
  if (!active_participle_.empty() && active_participle_[v]) return false;
  for (int c : children(v)) {
    const DepRel r = rel(c);
    if (r == R.aux || r == R.aux_pass || r == R.nsubj || r == R.nsubj_pass || r == R.obj || r == R.cop ||
        r == R.iobj || r == R.csubj)
      return false;
  }
  if (rel(v) == R.advcl) return true;
  if (rel(v) != R.conj) return false;
  // A conjunct shares the voice of the participle it is coordinated with.
  // (Walk up the chain of conjuncts to the first; each step goes left.)
  for (int d = 0; d < 8 && h >= 0 && h < v; ++d) {
    if (upos(h) != UPos::kVERB || xpos(h) != "VBN") return false;
    if (rel(h) != R.conj) return is_passive(h) || is_reduced_passive(h);
    v = h;
    h = head(h);
  }
  return false;
}

bool Tree::is_adjective_clause(int t) const {
  const Rels& R = rels();
  if (upos(t) != UPos::kADJ || head(t) < 0) return false;
  if (rel(t) == R.advcl) return true;
  if (rel(t) != R.advmod) return false;
  for (int c : children(t))
    if ((base(c) == R.obl || rel(c) == R.ccomp || rel(c) == R.xcomp) && !prep_of(c).empty()) return true;
  return false;
}

bool Tree::is_open_complement(int v) const {
  const Rels& R = rels();
  if (rel(v) == R.xcomp) return true;
  const int h = head(v);
  if (rel(v) != R.csubj || h < 0) return false;
  return first_kid(h, R.nsubj) >= 0 || first_kid(h, R.nsubj_pass) >= 0;
}

bool Tree::negated(int v) const {
  int8_t& memo = negated_[v];
  if (memo < 0) memo = compute_negated(v);
  return memo;
}

bool Tree::compute_negated(int v) const {
  const Rels& R = rels();
  for (int c : children(v)) {
    const std::string& l = lemma(c);
    // "Chile neither condemned nor praised X": both verbs are negated.
    if (l == "neither" || (l == "nor" && base(c) == R.cc)) return true;
    // "Neither Chile nor Peru condemned X", "No state condemned X", "None of
    // the allies criticized X": a subject that excludes everyone it names.
    if (base(c) == R.nsubj) {
      if (l == "none" || l == "nobody" || l == "neither") return true;
      for (int k : children(c))
        if (lemma(k) == "neither" || (base(k) == R.det && lemma(k) == "no")) return true;
    }
    if (base(c) != R.advmod && base(c) != R.det) continue;
    // "not only angry with X, but also ...": a focus on the scope, not a negation.
    if (l == "not" && static_cast<size_t>(c) + 1 < size() && lemma(c + 1) == "only") continue;
    if (l == "not" || l == "n't" || l == "never" || l == "no") return true;
    // "no longer supplies weapons": not any more.
    if ((l == "longer" || l == "long") && c > 0 && lemma(c - 1) == "no") return true;
  }
  return false;
}

}  // namespace dyad::events
