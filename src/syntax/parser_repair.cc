#include "syntax/parser_repair.h"

#include <cctype>
#include <string>
#include <string_view>

#include "syntax/word_list.h"

namespace dyad {
namespace {

// Time words that follow a verb's object in news ("met X yesterday") and that
// never end a name. Weekdays and months are left out: they do end names
// ("Black Monday", "Arab Spring" aside) and come with "on"/"in" in news.
bool is_time_word(std::string_view w) {
  if (w.size() < 3 || w.size() > 9) return false;
  std::string low(w);
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  static constexpr std::string_view kWords[] = {"today",   "yesterday", "tomorrow", "tonight",
                                                "earlier", "later",     "recently", "again"};
  return one_of(low, kWords);
}

// The relations the repairs read and write, looked up once.
struct Rel {
  DepRel root = deprel_from_name("root"), compound = deprel_from_name("compound"),
         obj = deprel_from_name("obj"), obl = deprel_from_name("obl"),
         obl_unmarked = deprel_from_name("obl:unmarked"), advmod = deprel_from_name("advmod"),
         case_ = deprel_from_name("case"), punct = deprel_from_name("punct"),
         nsubj = deprel_from_name("nsubj"), acl = deprel_from_name("acl"),
         nmod_poss = deprel_from_name("nmod:poss"), amod = deprel_from_name("amod"),
         xcomp = deprel_from_name("xcomp"), ccomp = deprel_from_name("ccomp"), conj = deprel_from_name("conj"),
         parataxis = deprel_from_name("parataxis"), det = deprel_from_name("det"),
         iobj = deprel_from_name("iobj"), mark = deprel_from_name("mark"), nsubj_pass = deprel_from_name("nsubj:pass"),
         advcl = deprel_from_name("advcl"), cop = deprel_from_name("cop"), aux = deprel_from_name("aux"),
         nmod = deprel_from_name("nmod"), aux_pass = deprel_from_name("aux:pass"), cc = deprel_from_name("cc"),
         expl = deprel_from_name("expl");
};
const Rel& rel() {
  static const Rel r;
  return r;
}
DepRel relcl_rel() {
  static const DepRel r = deprel_from_name("acl:relcl");
  return r;
}

// Whether token t hangs, through heads inside [p, stop), on p (within
// `depth` steps).
bool hangs_within(const Document& doc, uint32_t t, uint32_t p, uint32_t stop, int depth) {
  uint32_t u = t;
  for (int d = 0; d < depth && u != p; ++d) {
    const int32_t h = doc.syntax[u].head;
    if (h < static_cast<int32_t>(p) || h >= static_cast<int32_t>(stop)) return false;
    u = static_cast<uint32_t>(h);
  }
  return u == p;
}

// Every token in [from, to) but `except` that hangs on `old_head` hangs on
// `new_head` instead: what a repair moves takes or leaves its dependents.
void move_dependents(Document& doc, uint32_t from, uint32_t to, uint32_t old_head, int32_t new_head,
                     int64_t except = -1) {
  for (uint32_t k = from; k < to; ++k)
    if (static_cast<int64_t>(k) != except && doc.syntax[k].head == static_cast<int32_t>(old_head))
      doc.syntax[k].head = new_head;
}

}  // namespace

void repair_time_word_compounds(Document& doc, uint32_t begin, uint32_t end) {
  const DepRel kCompound = rel().compound, kObj = rel().obj, kAdvmod = rel().advmod,
               kOblUnmarked = rel().obl_unmarked, kObl = rel().obl, kCase = rel().case_;
  if (end > doc.syntax.size() || begin >= end) return;
  for (uint32_t h = begin + 1; h < end; ++h) {
    TokenSyntax& hs = doc.syntax[h];
    const uint32_t d = h - 1;
    TokenSyntax& ds = doc.syntax[d];
    if (ds.head != static_cast<int32_t>(h) || ds.deprel != kCompound) continue;
    if (ds.upos != UPos::kPROPN && ds.upos != UPos::kNOUN) continue;
    if (hs.head < static_cast<int32_t>(begin) || hs.head >= static_cast<int32_t>(d)) continue;
    const uint32_t v = static_cast<uint32_t>(hs.head);
    if (doc.syntax[v].upos != UPos::kVERB) continue;
    if (!is_time_word(doc.token_text(h))) continue;
    bool other_object = false;
    for (uint32_t t = begin; t < end && !other_object; ++t)
      other_object = t != h && doc.syntax[t].head == static_cast<int32_t>(v) &&
                     deprel_base(doc.syntax[t].deprel) == kObj;
    if (other_object) continue;
    // The name's own left words ("Sergei" in "Sergei Lavrov yesterday") were
    // hung on the time word too: they move to the name. With a preposition
    // among them ("fights at my gate today") the phrase is an oblique.
    bool marked = false;
    for (uint32_t t = v + 1; t < d; ++t)
      if (doc.syntax[t].head == static_cast<int32_t>(h)) {
        doc.syntax[t].head = static_cast<int32_t>(d);
        marked = marked || deprel_base(doc.syntax[t].deprel) == kCase;
      }
    ds.head = static_cast<int32_t>(v);
    ds.deprel = marked ? kObl : kObj;
    if (deprel_base(hs.deprel) == kObj) hs.deprel = hs.upos == UPos::kADV ? kAdvmod : kOblUnmarked;
  }
}

void repair_fronted_phrase_roots(Document& doc, uint32_t begin, uint32_t end) {
  const DepRel kRoot = rel().root, kCase = rel().case_, kPunct = rel().punct, kNsubj = rel().nsubj,
               kObl = rel().obl, kAcl = rel().acl;
  if (end > doc.syntax.size() || begin >= end) return;
  uint32_t r = end;
  for (uint32_t t = begin; t < end; ++t)
    if (doc.syntax[t].head < 0) {
      if (r != end) return;  // two roots: not the shape this repairs
      r = t;
    }
  if (r == end) return;
  TokenSyntax& rs = doc.syntax[r];
  if (rs.upos != UPos::kNOUN && rs.upos != UPos::kPROPN && rs.upos != UPos::kNUM) return;
  // The fronted phrase: a preposition before the root word and a comma after
  // it, both its dependents ("In April ,").
  bool has_case = false, has_comma = false;
  uint32_t verb = end;
  for (uint32_t t = begin; t < end; ++t) {
    const TokenSyntax& ts = doc.syntax[t];
    if (ts.head != static_cast<int32_t>(r)) continue;
    const DepRel base = deprel_base(ts.deprel);
    if (t < r && base == kCase) has_case = true;
    if (t == r + 1 && base == kPunct && doc.token_text(t) == ",") has_comma = true;
    // The clause after the comma, made a relative clause of the root word.
    if (t > r + 1 && ts.upos == UPos::kVERB && base == kAcl && verb == end) verb = t;
  }
  if (!has_case || !has_comma || verb == end) return;
  // A real relative clause has a relative word ("which", "who", "that",
  // "where") or no subject of its own; this one has a subject and none.
  bool subject = false;
  for (uint32_t t = r + 1; t < verb; ++t) {
    const TokenSyntax& ts = doc.syntax[t];
    if (ts.xpos == "WDT" || ts.xpos == "WP" || ts.xpos == "WP$" || ts.xpos == "WRB") return;
    if (ts.head == static_cast<int32_t>(verb) && deprel_base(ts.deprel) == kNsubj) subject = true;
  }
  if (!subject) return;
  // The clause's verb becomes the root; the fronted phrase, with its comma,
  // hangs off it as an oblique.
  TokenSyntax& vs = doc.syntax[verb];
  vs.head = -1;
  vs.deprel = kRoot;
  rs.head = static_cast<int32_t>(verb);
  rs.deprel = kObl;
  for (uint32_t t = r + 1; t < end; ++t)
    if (t != verb && doc.syntax[t].head == static_cast<int32_t>(r)) doc.syntax[t].head = static_cast<int32_t>(verb);
  doc.syntax[r + 1].head = static_cast<int32_t>(r);  // the comma closes the fronted phrase
}

void repair_possessor_on_verb(Document& doc, uint32_t begin, uint32_t end) {
  const DepRel kNsubj = rel().nsubj, kCase = rel().case_, kPoss = rel().nmod_poss;
  if (end > doc.syntax.size() || begin + 2 >= end) return;
  for (uint32_t p = begin; p + 2 < end; ++p) {
    TokenSyntax& ps = doc.syntax[p];
    if (ps.upos != UPos::kPROPN && ps.upos != UPos::kNOUN) continue;
    const TokenSyntax& pos = doc.syntax[p + 1];
    if (pos.head != static_cast<int32_t>(p) || deprel_base(pos.deprel) != kCase || pos.xpos != "POS") continue;
    if (ps.head < static_cast<int32_t>(begin) || ps.head >= static_cast<int32_t>(end)) continue;
    const uint32_t v = static_cast<uint32_t>(ps.head);
    if (doc.syntax[v].upos != UPos::kVERB || v <= p) continue;
    // The verb's subject after the "'s": the head of a phrase that starts
    // right there (its leftmost word, walking down left dependents, is p + 2).
    for (uint32_t s = p + 2; s < v; ++s) {
      const TokenSyntax& ss = doc.syntax[s];
      if (ss.head != static_cast<int32_t>(v) || deprel_base(ss.deprel) != kNsubj || s == p) continue;
      uint32_t left = s;
      for (bool moved = true; moved;) {
        moved = false;
        for (uint32_t t = p + 2; t < left; ++t)
          if (doc.syntax[t].head == static_cast<int32_t>(left)) {
            left = t;
            moved = true;
            break;
          }
      }
      if (left != p + 2) continue;
      ps.head = static_cast<int32_t>(s);
      ps.deprel = kPoss;
      break;
    }
  }
}


void repair_hyphen_participle_roots(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  for (uint32_t p = begin + 2; p + 1 < end; ++p) {
    TokenSyntax& ps = doc.syntax[p];
    if (ps.head >= 0 || ps.xpos != "VBN" || doc.token_text(p - 1) != "-") continue;
    const int32_t P = static_cast<int32_t>(p);
    // The noun the participle took as its object, right after its phrase.
    uint32_t n = end;
    for (uint32_t t = p + 1; t < end && t <= p + 4; ++t) {
      const TokenSyntax& ts = doc.syntax[t];
      if (ts.head == P && deprel_base(ts.deprel) == R.obj && (ts.upos == UPos::kNOUN || ts.upos == UPos::kPROPN)) {
        n = t;
        break;
      }
    }
    if (n == end) return;
    const int32_t N = static_cast<int32_t>(n);
    // The real verb: a clause of the noun or of the participle, after the noun.
    uint32_t v = end;
    for (uint32_t t = n + 1; t < end && v == end; ++t) {
      const TokenSyntax& ts = doc.syntax[t];
      if (ts.upos != UPos::kVERB) continue;
      const DepRel b = deprel_base(ts.deprel);
      if ((ts.head == N && b == R.acl) ||
          (ts.head == P && (b == R.xcomp || b == R.ccomp || b == R.conj || b == R.parataxis)))
        v = t;
    }
    if (v == end) return;
    const int32_t V = static_cast<int32_t>(v);
    for (uint32_t t = begin; t < end; ++t) {
      if (t == n || t == v || doc.syntax[t].head != P) continue;
      if (t > p) doc.syntax[t].head = V;                     // the rest of the clause
      else if (t + 2 < p) doc.syntax[t].head = N;            // "The" before the phrase
    }
    TokenSyntax& vs = doc.syntax[v];
    vs.head = -1;
    vs.deprel = R.root;
    TokenSyntax& ns = doc.syntax[n];
    ns.head = V;
    ns.deprel = R.nsubj;
    ps.head = N;
    ps.deprel = R.amod;
    return;  // one root per sentence
  }
}

namespace {

// Verbs whose object is the doer of the infinitive after it ("asked the
// court to block", "ordered the troops to withdraw"). Only those whose
// object the infinitive cannot describe instead: "a plan to withdraw" is a
// noun's clause, but after "urged" the object acts.
bool object_control_verb(std::string_view lemma) {
  static constexpr std::string_view kVerbs[] = {
      "ask",     "urge",     "order",  "tell",    "invite",  "press",   "encourage", "force",
      "allow",   "permit",   "persuade", "instruct", "request", "require", "advise",   "direct",
      "authorize", "pressure", "push",  "beg",     "implore", "compel",  "forbid",    "warn",
      "appeal",  "exhort",   "prod",   "lobby",   "petition", "command", "enable",    "challenge"};
  return one_of(lemma, kVerbs);
}

}  // namespace

void repair_object_control_infinitives(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  for (uint32_t v = begin; v < end; ++v) {
    const TokenSyntax& vs = doc.syntax[v];
    if (vs.upos != UPos::kVERB || !object_control_verb(vs.lemma)) continue;
    bool has_xcomp = false;
    int object = -1;
    for (uint32_t c = begin; c < end; ++c) {
      const TokenSyntax& cs = doc.syntax[c];
      if (cs.head != static_cast<int32_t>(v)) continue;
      if (deprel_base(cs.deprel) == R.xcomp) has_xcomp = true;
      if (c > v && object < 0 && (cs.deprel == R.obj || cs.deprel == R.iobj) &&
          (cs.upos == UPos::kNOUN || cs.upos == UPos::kPROPN || cs.upos == UPos::kPRON))
        object = static_cast<int>(c);
    }
    if (has_xcomp) continue;
    // "warned Japan not to interfere": the parser may make the object the
    // subject of the infinitive, a ccomp ("to" and a subject: no English
    // clause). The subject is the verb's object, the clause its xcomp.
    if (object < 0) {
      for (uint32_t a = v + 1; a < end && object < 0; ++a) {
        TokenSyntax& as = doc.syntax[a];
        if (as.head != static_cast<int32_t>(v) || as.deprel != R.ccomp || as.xpos != "VB") continue;
        bool to = false;
        int subject = -1;
        for (uint32_t c = v + 1; c < a; ++c) {
          const TokenSyntax& cs = doc.syntax[c];
          if (cs.head != static_cast<int32_t>(a)) continue;
          if (cs.deprel == R.mark && doc.token_text(c) == "to") to = true;
          if (cs.deprel == R.nsubj && (cs.upos == UPos::kNOUN || cs.upos == UPos::kPROPN || cs.upos == UPos::kPRON))
            subject = static_cast<int>(c);
        }
        if (!to || subject < 0) continue;
        doc.syntax[subject].head = static_cast<int32_t>(v);
        doc.syntax[subject].deprel = R.obj;
        as.deprel = R.xcomp;
        object = subject;
      }
      continue;
    }
    for (uint32_t a = static_cast<uint32_t>(object) + 1; a < end; ++a) {
      TokenSyntax& as = doc.syntax[a];
      // (Or hung on the verb as a clause of purpose: "allows the
      // government to seize", read as "in order to".)
      const bool on_object = as.head == object && as.deprel == R.acl;
      const bool on_verb = as.head == static_cast<int32_t>(v) && as.deprel == R.advcl;
      if (!(on_object || on_verb) || as.xpos != "VB") continue;
      bool to = false, subject = false;
      for (uint32_t c = begin; c < end; ++c) {
        const TokenSyntax& cs = doc.syntax[c];
        if (cs.head != static_cast<int32_t>(a)) continue;
        if (c < a && cs.deprel == R.mark && doc.token_text(c) == "to") to = true;
        if (cs.deprel == R.nsubj || cs.deprel == R.nsubj_pass) subject = true;
      }
      if (!to || subject) continue;
      as.head = static_cast<int32_t>(v);
      as.deprel = R.xcomp;
      doc.syntax[object].deprel = R.obj;
      break;
    }
  }
}

namespace {

// Whether a lies in the subtree of t within [begin, end) (bounded walk).
bool under(const Document& doc, uint32_t a, uint32_t t, uint32_t begin, uint32_t end) {
  for (int k = 0, x = static_cast<int>(a); k < 64 && x >= static_cast<int>(begin) && x < static_cast<int>(end);
       ++k) {
    if (x == static_cast<int>(t)) return true;
    x = doc.syntax[x].head;
  }
  return false;
}

}  // namespace

void repair_finite_verb_under_noun_root(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  int root = -1;
  for (uint32_t t = begin; t < end; ++t)
    if (doc.syntax[t].head < 0) {
      if (root >= 0) return;  // two roots: leave it
      root = static_cast<int>(t);
    }
  if (root < 0) return;
  const UPos ru = doc.syntax[root].upos;
  if (ru != UPos::kNOUN && ru != UPos::kPROPN) return;
  // A predicate noun ("This is the organization that bombed ...") is a
  // real root: it has a copula or a subject.
  for (uint32_t c = begin; c < end; ++c)
    if (doc.syntax[c].head == root &&
        (doc.syntax[c].deprel == R.cop || doc.syntax[c].deprel == R.nsubj || doc.syntax[c].deprel == R.nsubj_pass))
      return;
  for (uint32_t v = static_cast<uint32_t>(root) + 1; v < end; ++v) {
    TokenSyntax& vs = doc.syntax[v];
    // ("ECOWAS, the West African regional bloc, imposed sanctions": a past
    // verb after the appositive's closing comma, read as a conjunct of the
    // appositive noun.)
    const bool appos_conj = vs.deprel == R.conj && vs.xpos == "VBD" && vs.head > root && v > 0 &&
                            doc.token_text(v - 1) == "," && doc.syntax[vs.head].head == root &&
                            deprel_name(doc.syntax[vs.head].deprel) == "appos";
    if ((vs.deprel != R.acl && vs.deprel != R.advcl && !appos_conj) || vs.head < root) continue;
    // "Several sanctions bills proposing measures against Turkey are
    // pending in Congress": a verb with a tensed auxiliary ("are", "has",
    // "will") and neither subject nor mark, hung as a clause (acl, advcl)
    // under a word of the root's phrase, is the sentence's predicate.
    bool finite_aux = false, clause_mark = false;
    for (uint32_t c = begin; c < end; ++c) {
      if (doc.syntax[c].head != static_cast<int32_t>(v)) continue;
      const std::string& x = doc.syntax[c].xpos;
      if ((doc.syntax[c].deprel == R.aux || doc.syntax[c].deprel == R.aux_pass) && c < v &&
          (x == "VBP" || x == "VBZ" || x == "VBD" || x == "MD"))
        finite_aux = true;
      if (doc.syntax[c].deprel == R.mark) clause_mark = true;
    }
    finite_aux = finite_aux && !clause_mark;
    if (vs.deprel == R.advcl && !finite_aux) continue;
    // "U.S. and British warplanes and warships struck more than 60 targets
    // in Yemen": the tagger may make the finite verb a participle (VBN) on
    // the subject noun, leaving the sentence verbless. A participle with a
    // direct object of its own and no auxiliary is the finite verb, unless
    // its verb takes two objects, so its passive keeps one ("the man given
    // a medal", "a firm awarded the contract").
    bool participle = false;
    if (vs.xpos == "VBN") {
      static constexpr std::string_view kTwoObjects[] = {
          "give", "grant", "award", "offer", "hand", "send", "show", "tell", "deny", "ask", "pay", "teach",
          "promise", "lend", "allow", "charge", "name", "call", "elect", "appoint", "assign", "owe", "sell",
          "issue", "serve", "leave", "bring", "feed", "refuse", "spare", "cost", "forgive", "loan", "take"};
      const bool two = one_of(vs.lemma, kTwoObjects);
      bool obj = false, aux = false;
      for (uint32_t c = begin; c < end; ++c) {
        if (doc.syntax[c].head != static_cast<int32_t>(v)) continue;
        if (doc.syntax[c].deprel == R.obj) obj = true;
        if (doc.syntax[c].deprel == R.aux || doc.syntax[c].deprel == R.aux_pass) aux = true;
      }
      // "Thousands of supporters rallied outside the base": a verb with no
      // passive (it takes no object) is never a reduced relative.
      static constexpr std::string_view kNoPassive[] = {"rally", "protest", "march", "demonstrate",
                                                        "riot", "clash", "flee", "arrive", "die"};
      participle = (obj && !aux && !two) || (!aux && one_of(vs.lemma, kNoPassive));
    }
    if (vs.xpos != "VBD" && !participle && !finite_aux) continue;
    if (!under(doc, static_cast<uint32_t>(vs.head), static_cast<uint32_t>(root), begin, end)) continue;
    // "A Russian missile strike on Dnipro killed 12 people": the parser may
    // read "on Dnipro killed ..." as a clause, the preposition its mark and
    // the place its subject. A preposition that opens no clause (on, in,
    // at, against...) before that subject makes it the root noun's phrase.
    int subject = -1, mark = -1;
    for (uint32_t c = begin; c < end; ++c) {
      const TokenSyntax& cs = doc.syntax[c];
      if (cs.head != static_cast<int32_t>(v)) continue;
      if (cs.deprel == R.nsubj || cs.deprel == R.nsubj_pass) subject = static_cast<int>(c);
      if (cs.deprel == R.mark) mark = static_cast<int>(c);
    }
    if (subject >= 0) {
      if (mark < 0 || mark > subject || subject > static_cast<int>(v)) continue;
      std::string m(doc.token_text(static_cast<uint32_t>(mark)));
      for (char& ch : m) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (m != "on" && m != "in" && m != "at" && m != "against" && m != "near" && m != "into" && m != "of" &&
          m != "from" && m != "across")
        continue;
    }
    // The words between the root and the verb all belong to the root's
    // phrase (or to the misread phrase moving onto it), so the noun phrase
    // ends right before the verb. Checked before anything is moved.
    bool phrase = true;
    for (uint32_t k = static_cast<uint32_t>(root) + 1; k < v && phrase; ++k)
      phrase = under(doc, k, static_cast<uint32_t>(root), begin, end) ||
               (subject >= 0 && (static_cast<int>(k) == mark ||
                                 under(doc, k, static_cast<uint32_t>(subject), begin, end)));
    if (!phrase) continue;
    if (subject >= 0) {
      doc.syntax[subject].head = root;
      doc.syntax[subject].deprel = R.nmod;
      doc.syntax[mark].head = subject;
      doc.syntax[mark].deprel = R.case_;
    }
    for (uint32_t c = v + 1; c < end; ++c)
      if (doc.syntax[c].head == root) doc.syntax[c].head = static_cast<int32_t>(v);
    vs.head = -1;
    vs.deprel = R.root;
    if (participle) vs.xpos = "VBD";
    doc.syntax[root].head = static_cast<int32_t>(v);
    doc.syntax[root].deprel = R.nsubj;
    return;
  }
}

void repair_small_clause_objects(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  static constexpr std::string_view kVerbs[] = {"call", "label", "brand", "deem", "consider",
                                                "term", "dub",   "declare", "pronounce"};
  for (uint32_t v = begin; v < end; ++v) {
    const TokenSyntax& vs = doc.syntax[v];
    if (vs.upos != UPos::kVERB) continue;
    if (!one_of(vs.lemma, kVerbs)) continue;
    bool has_obj = false;
    for (uint32_t c = begin; c < end; ++c)
      if (doc.syntax[c].head == static_cast<int32_t>(v) && doc.syntax[c].deprel == R.obj) has_obj = true;
    if (has_obj) continue;
    // The predicate: an adjective or noun after v inside v's own phrase
    // (hung on v as a clause, or on a word below v: 'called X's claims
    // "baseless," in a statement Thursday' hangs it on "Thursday"). Never
    // one above v ("When called, the minister furious": a cycle) or in a
    // clause of its own that v does not govern.
    for (uint32_t a = v + 2; a < end; ++a) {
      TokenSyntax& as = doc.syntax[a];
      if (as.upos != UPos::kADJ && as.upos != UPos::kNOUN) continue;
      if (!under(doc, a, v, begin, end) || under(doc, v, a, begin, end)) continue;
      // (Not across a clause boundary below v: "declared that the army
      // was ready" keeps its content clause.)
      bool clause_between = false;
      for (int x = static_cast<int>(a); x >= 0 && x != static_cast<int>(v) && !clause_between;
           x = doc.syntax[x].head) {
        const DepRel b = deprel_base(doc.syntax[x].deprel);
        // (The predicate's own relation is the misreading being repaired.)
        if (x == static_cast<int>(a)) continue;
        clause_between = doc.syntax[x].upos == UPos::kVERB || doc.syntax[x].upos == UPos::kAUX || b == R.ccomp ||
                         b == R.advcl || b == R.parataxis || doc.syntax[x].deprel == relcl_rel();
      }
      if (clause_between) continue;
      int subj = -1;
      bool copula = false;
      for (uint32_t c = v + 1; c < end; ++c) {
        if (doc.syntax[c].head != static_cast<int32_t>(a)) continue;
        if (doc.syntax[c].deprel == R.nsubj && c < a) subj = static_cast<int>(c);
        if (doc.syntax[c].deprel == R.cop) copula = true;
      }
      if (subj < 0 || copula || under(doc, v, static_cast<uint32_t>(subj), begin, end)) continue;
      doc.syntax[subj].head = static_cast<int32_t>(v);
      doc.syntax[subj].deprel = R.obj;
      as.head = static_cast<int32_t>(v);
      as.deprel = R.xcomp;
      break;
    }
  }
}

void repair_conjunct_across_report(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 5 >= end) return;
  static constexpr std::string_view kSaying[] = {"say",   "tell",    "add",   "state", "claim",   "announce",
                                                 "insist", "argue",  "assert", "declare", "note",  "write",
                                                 "allege", "agree",  "believe", "contend", "warn", "acknowledge"};
  static constexpr std::string_view kAux[] = {"had", "has", "have", "is", "are", "was", "were", "will",
                                              "would", "could", "can", "might", "may", "should", "must"};
  for (uint32_t c = begin + 3; c < end; ++c) {
    TokenSyntax& cs = doc.syntax[c];
    // A simple past after a simple-past speech verb ("said Israel had
    // violated ... and accused"), or a simple present after a present one
    // ("businesses agree that China has taken advantage ... and support
    // ..."): a finite form no auxiliary of the reported verb can carry.
    // (The tagger may read the present plural as a base form after a
    // perfect: "has taken ... and support".)
    // (A present form only when its number rules out the reported
    // clause's subject: a plural form after a singular auxiliary, "China
    // has taken ... and support"; "Russia has broken its promises and
    // threatens Moldova" keeps both verbs Russia's.)
    const bool past = cs.xpos == "VBD";
    const bool base_after_perfect = cs.xpos == "VB" && cs.head >= static_cast<int32_t>(begin) &&
                                    doc.syntax[cs.head].xpos == "VBN";
    bool singular_aux = false;
    if (cs.head >= static_cast<int32_t>(begin))
      for (uint32_t k = begin; k < static_cast<uint32_t>(cs.head); ++k)
        if (doc.syntax[k].head == cs.head && deprel_base(doc.syntax[k].deprel) == R.aux && doc.syntax[k].xpos == "VBZ")
          singular_aux = true;
    const bool present = (cs.xpos == "VBP" || base_after_perfect) && singular_aux;
    if (cs.deprel != R.conj || (!past && !present) || cs.head < static_cast<int32_t>(begin)) continue;
    const uint32_t h = static_cast<uint32_t>(cs.head);
    if (h >= c || doc.syntax[h].deprel != R.ccomp || doc.syntax[h].head < static_cast<int32_t>(begin)) continue;
    const uint32_t say = static_cast<uint32_t>(doc.syntax[h].head);
    if (say >= h) continue;
    if (past ? doc.syntax[say].xpos != "VBD"
             : (base_after_perfect ? doc.syntax[say].xpos != "VBP" : doc.syntax[say].xpos != cs.xpos))
      continue;
    bool saying = false;
    saying = saying || one_of(doc.syntax[say].lemma, kSaying);
    if (!saying) continue;
    bool own = false, head_aux = false;
    for (uint32_t k = begin; k < end; ++k) {
      const TokenSyntax& ks = doc.syntax[k];
      if (ks.head == static_cast<int32_t>(c) &&
          (ks.deprel == R.nsubj || ks.deprel == R.nsubj_pass || deprel_base(ks.deprel) == R.aux))
        own = true;
      if (ks.head == static_cast<int32_t>(h) && k < h && deprel_base(ks.deprel) == R.aux) {
        std::string w(doc.token_text(k));
        for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        // ("was arrested ... and belonged": a passive shares the simple
        // past; only a progressive "was building" differs from it.)
        const bool be = w == "is" || w == "are" || w == "was" || w == "were";
        for (std::string_view a : kAux) head_aux = head_aux || (w == a && (!be || doc.syntax[h].xpos == "VBG"));
      }
    }
    if (own || !head_aux) continue;
    cs.head = static_cast<int32_t>(say);
    if (base_after_perfect) cs.xpos = "VBP";
  }
}

void repair_perfect_have(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 2 >= end) return;
  const DepRel aux_pass = deprel_from_name("aux:pass");
  for (uint32_t h = begin; h + 1 < end; ++h) {
    TokenSyntax& hs = doc.syntax[h];
    if (hs.lemma != "have" || hs.upos != UPos::kVERB) continue;
    int part = -1;
    bool object = false;
    for (uint32_t c = h + 1; c < end; ++c) {
      const TokenSyntax& cs = doc.syntax[c];
      if (cs.head != static_cast<int32_t>(h)) continue;
      if (cs.deprel == R.obj) object = true;
      if (part < 0 && cs.deprel == R.xcomp && cs.xpos == "VBN") part = static_cast<int>(c);
    }
    if (object || part < 0) continue;
    bool adjacent = true;
    for (uint32_t k = h + 1; k < static_cast<uint32_t>(part); ++k) {
      const std::string& x = doc.syntax[k].xpos;
      if (x != "RB" && x != "``" && x != "''") adjacent = false;
    }
    if (!adjacent) continue;
    TokenSyntax& ps = doc.syntax[part];
    ps.head = hs.head;
    ps.deprel = hs.deprel;
    for (uint32_t c = begin; c < end; ++c)
      if (c != static_cast<uint32_t>(part) && doc.syntax[c].head == static_cast<int32_t>(h))
        doc.syntax[c].head = part;
    hs.head = part;
    hs.deprel = R.aux;
    hs.upos = UPos::kAUX;
  }
  // A passive subject with no passive auxiliary on its verb.
  for (uint32_t s = begin; s < end; ++s) {
    TokenSyntax& ss = doc.syntax[s];
    if (ss.deprel != R.nsubj_pass || ss.head < static_cast<int32_t>(begin) || ss.head >= static_cast<int32_t>(end))
      continue;
    const uint32_t v = static_cast<uint32_t>(ss.head);
    if (doc.syntax[v].xpos != "VBN") continue;
    bool passive_aux = false, perfect = false;
    for (uint32_t c = begin; c < end; ++c) {
      const TokenSyntax& cs = doc.syntax[c];
      if (cs.head != static_cast<int32_t>(v)) continue;
      if (cs.deprel == aux_pass) passive_aux = true;
      if (deprel_base(cs.deprel) == R.aux && cs.lemma == "have") perfect = true;
    }
    if (!passive_aux && perfect) ss.deprel = R.nsubj;
  }
}

// See the header: "said police detained 100 people".
void repair_said_subject_as_object(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  for (uint32_t v = begin; v + 2 < end; ++v) {
    const TokenSyntax& vs = doc.syntax[v];
    if (vs.upos != UPos::kVERB || vs.lemma != "say") continue;
    // The noun: right after "said", or after "said the".
    uint32_t n = v + 1;
    if (doc.syntax[n].deprel == R.det && doc.syntax[n].head == static_cast<int32_t>(n + 1)) ++n;
    if (n + 1 >= end) continue;
    TokenSyntax& ns = doc.syntax[n];
    if (ns.head != static_cast<int32_t>(v) || ns.deprel != R.obj || (ns.upos != UPos::kNOUN && ns.upos != UPos::kPROPN))
      continue;
    TokenSyntax& as = doc.syntax[n + 1];
    if (as.head != static_cast<int32_t>(n) || as.deprel != R.acl || as.upos != UPos::kVERB ||
        (as.xpos != "VBD" && as.xpos != "VBN"))
      continue;
    bool object = false, subject = false;
    for (uint32_t c = begin; c < end; ++c) {
      const TokenSyntax& cs = doc.syntax[c];
      if (cs.head != static_cast<int32_t>(n + 1)) continue;
      if (cs.deprel == R.obj && c > n + 1) object = true;
      if (cs.deprel == R.nsubj || cs.deprel == R.nsubj_pass) subject = true;
    }
    if (!object || subject) continue;
    as.head = static_cast<int32_t>(v);
    as.deprel = R.ccomp;
    as.xpos = "VBD";  // with a subject and an object it is no participle
    ns.head = static_cast<int32_t>(n + 1);
    ns.deprel = R.nsubj;
  }
}

// See the header: "warned a day earlier that it would execute".
void repair_clause_on_time_adverb(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  static constexpr std::string_view kTime[] = {"early", "late", "ago"};  // lemmas of earlier, later
  for (uint32_t c = begin; c < end; ++c) {
    TokenSyntax& cs = doc.syntax[c];
    if (cs.deprel != R.ccomp || cs.head < static_cast<int32_t>(begin)) continue;
    const uint32_t a = static_cast<uint32_t>(cs.head);
    const TokenSyntax& as = doc.syntax[a];
    if (a >= c || as.upos != UPos::kADV || as.deprel != R.advmod || !one_of(as.lemma, kTime) ||
        as.head < static_cast<int32_t>(begin))
      continue;
    const uint32_t v = static_cast<uint32_t>(as.head);
    if (v >= a || doc.syntax[v].upos != UPos::kVERB) continue;
    // The verb takes no clause of its own already.
    bool has = false;
    for (uint32_t k = begin; k < end && !has; ++k)
      has = doc.syntax[k].head == static_cast<int32_t>(v) && doc.syntax[k].deprel == R.ccomp;
    if (has) continue;
    cs.head = static_cast<int32_t>(v);
  }
}

// See the header: "Sweeping new sanctions against Turkey are pending".
void repair_initial_participle_subject(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  uint32_t g = begin;
  while (g < end && doc.syntax[g].upos == UPos::kPUNCT) ++g;
  if (g + 2 >= end) return;
  TokenSyntax& gs = doc.syntax[g];
  if (gs.xpos != "VBG" || gs.deprel != R.advcl || gs.head <= static_cast<int32_t>(g)) return;
  const uint32_t h = static_cast<uint32_t>(gs.head);
  int obj = -1;
  for (uint32_t c = begin; c < end; ++c) {
    const TokenSyntax& cs = doc.syntax[c];
    if (cs.head == static_cast<int32_t>(g)) {
      if (cs.deprel == R.mark || cs.deprel == R.aux || cs.deprel == R.nsubj || cs.deprel == R.nsubj_pass) return;
      if (cs.deprel == R.obj) obj = static_cast<int>(c);
    }
    if (cs.head == static_cast<int32_t>(h) && (cs.deprel == R.nsubj || cs.deprel == R.nsubj_pass ||
                                               deprel_name(cs.deprel) == "csubj"))
      return;
  }
  if (obj < 0 || (doc.syntax[obj].xpos != "NNS" && doc.syntax[obj].xpos != "NNPS")) return;
  // The verb's plural present auxiliary, after the noun.
  int aux = -1;
  bool passive = false;
  for (uint32_t c = static_cast<uint32_t>(obj) + 1; c < h; ++c) {
    const TokenSyntax& cs = doc.syntax[c];
    if (cs.head != static_cast<int32_t>(h)) continue;
    if ((cs.deprel == R.aux || cs.deprel == R.aux_pass || cs.deprel == R.cop) && cs.xpos == "VBP" && aux < 0)
      aux = static_cast<int>(c);
    if (cs.deprel == R.aux_pass) passive = true;
  }
  if (aux < 0) return;
  // Only words of the participle's phrase between the noun and the
  // auxiliary ("sanctions [against Turkey] are").
  for (uint32_t k = static_cast<uint32_t>(obj) + 1; k < static_cast<uint32_t>(aux); ++k)
    if (!under(doc, k, g, begin, end)) return;
  for (uint32_t c = begin; c < end; ++c)
    if (c != static_cast<uint32_t>(obj) && doc.syntax[c].head == static_cast<int32_t>(g))
      doc.syntax[c].head = obj;
  doc.syntax[obj].head = static_cast<int32_t>(h);
  doc.syntax[obj].deprel = passive ? R.nsubj_pass : R.nsubj;
  gs.head = obj;
  gs.deprel = R.amod;
}

// See the header: "Myanmar's military seized power".
void repair_possessive_adjective_subject(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  for (uint32_t a = begin + 2; a + 1 < end; ++a) {
    TokenSyntax& as = doc.syntax[a];
    const TokenSyntax& vs = doc.syntax[a + 1];
    // (A bare participle with no auxiliary is the past tense here too:
    // "Myanmar's military seized" is tagged VBN.)
    if (as.upos != UPos::kADJ || as.head != static_cast<int32_t>(a + 1) || vs.upos != UPos::kVERB ||
        (vs.xpos != "VBD" && vs.xpos != "VBZ" && vs.xpos != "VBP" && vs.xpos != "VBN"))
      continue;
    bool aux = false;
    for (uint32_t c = begin; c < a + 1; ++c)
      if (doc.syntax[c].head == static_cast<int32_t>(a + 1) && doc.syntax[c].upos == UPos::kAUX) aux = true;
    if (aux) continue;
    const std::string_view pos = doc.token_text(a - 1);
    if (pos != "'s" && pos != "\u2019s") continue;
    const uint32_t owner = a - 2;
    TokenSyntax& os = doc.syntax[owner];
    if (doc.syntax[a - 1].head != static_cast<int32_t>(owner) || (os.upos != UPos::kPROPN && os.upos != UPos::kNOUN) ||
        (os.head != static_cast<int32_t>(a) && os.head != static_cast<int32_t>(a + 1)))
      continue;
    // The verb has no other subject.
    bool subject = false;
    for (uint32_t c = begin; c < end; ++c)
      if (c != a && doc.syntax[c].head == static_cast<int32_t>(a + 1) &&
          (doc.syntax[c].deprel == R.nsubj || doc.syntax[c].deprel == R.nsubj_pass))
        subject = true;
    if (subject) continue;
    as.upos = UPos::kNOUN;
    as.xpos = "NN";
    as.deprel = R.nsubj;
    if (vs.xpos == "VBN") doc.syntax[a + 1].xpos = "VBD";
    os.head = static_cast<int32_t>(a);
    os.deprel = R.nmod_poss;
  }
}

// See the header: "police and students protesting against quotas".
void repair_participle_on_last_conjunct(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  for (uint32_t a = begin + 2; a < end; ++a) {
    TokenSyntax& as = doc.syntax[a];
    if (as.deprel != R.acl || as.xpos != "VBG" || as.head < static_cast<int32_t>(begin) ||
        as.head >= static_cast<int32_t>(a))
      continue;
    const uint32_t first = static_cast<uint32_t>(as.head);
    const TokenSyntax& fs = doc.syntax[first];
    if (fs.upos != UPos::kNOUN && fs.upos != UPos::kPROPN) continue;
    // The conjunct right before the participle, hung on the first one.
    const uint32_t last = a - 1;
    const TokenSyntax& ls = doc.syntax[last];
    if (ls.head != static_cast<int32_t>(first) || ls.deprel != R.conj ||
        (ls.upos != UPos::kNOUN && ls.upos != UPos::kPROPN))
      continue;
    as.head = static_cast<int32_t>(last);
  }
}

// "fired acting Attorney General Sally Yates": the parser may read "acting"
// before a capitalised title as a verb whose object is the named official
// (an xcomp or adverbial clause of the real verb). The official is then the
// real verb's object and "acting" a modifier of the name. Only lower-case
// "acting" right before a capitalised word, with an object and no subject
// or auxiliary of its own.
void repair_acting_title(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  const DepRel kAdvcl = R.advcl;
  for (uint32_t t = begin + 1; t + 1 < end; ++t) {
    TokenSyntax& ts = doc.syntax[t];
    if (ts.upos != UPos::kVERB || doc.token_text(t) != "acting") continue;
    const std::string_view next = doc.token_text(t + 1);
    if (next.empty() || !std::isupper(static_cast<unsigned char>(next[0]))) continue;
    if (ts.head < static_cast<int32_t>(begin) || ts.head >= static_cast<int32_t>(end)) continue;
    const uint32_t gov = static_cast<uint32_t>(ts.head);
    if (doc.syntax[gov].upos != UPos::kVERB || gov > t) continue;
    const DepRel tr = deprel_base(ts.deprel);
    if (tr != R.xcomp && tr != kAdvcl) continue;
    int object = -1;
    bool own = false;
    for (uint32_t c = begin; c < end; ++c) {
      const TokenSyntax& cs = doc.syntax[c];
      if (cs.head != static_cast<int32_t>(t)) continue;
      if (cs.deprel == R.nsubj || cs.deprel == R.nsubj_pass || deprel_base(cs.deprel) == R.aux ||
          cs.deprel == R.mark)
        own = true;
      if (c > t && object < 0 && cs.deprel == R.obj && (cs.upos == UPos::kPROPN || cs.upos == UPos::kNOUN))
        object = static_cast<int>(c);
    }
    if (own || object < 0) continue;
    // The other dependents of "acting" ("on Monday") go to the verb.
    for (uint32_t c = begin; c < end; ++c)
      if (doc.syntax[c].head == static_cast<int32_t>(t) && c != static_cast<uint32_t>(object))
        doc.syntax[c].head = static_cast<int32_t>(gov);
    TokenSyntax& os = doc.syntax[object];
    os.head = static_cast<int32_t>(gov);
    os.deprel = R.obj;
    ts.head = object;
    ts.deprel = R.amod;
    ts.upos = UPos::kADJ;
    ts.xpos = "JJ";
    ts.lemma = "acting";
  }
}

void repair_nonrestrictive_relatives(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 4 >= end) return;
  const DepRel relcl = relcl_rel();
  for (uint32_t w = begin + 2; w + 1 < end; ++w) {
    const TokenSyntax& ws = doc.syntax[w];
    if (ws.deprel != R.nsubj || (ws.lemma != "which" && ws.lemma != "who")) continue;
    if (doc.token_text(w - 1) != ",") continue;
    const int32_t v = ws.head;
    if (v <= static_cast<int32_t>(w) || v >= static_cast<int32_t>(end)) continue;
    TokenSyntax& vs = doc.syntax[v];
    if (vs.upos != UPos::kVERB) continue;
    if (vs.deprel != R.parataxis && vs.deprel != R.conj && vs.deprel != R.advcl && vs.deprel != R.ccomp) continue;
    const uint32_t n = w - 2;
    const TokenSyntax& ns = doc.syntax[n];
    if (ns.upos != UPos::kNOUN && ns.upos != UPos::kPROPN) continue;
    // The noun must head its own phrase there (not a name's first part).
    if (ns.head == static_cast<int32_t>(n + 1)) continue;
    // No cycle: the noun must not sit inside the clause.
    bool inside = false;
    for (int k = 0, x = static_cast<int>(n); k < 64 && x >= 0; ++k, x = doc.syntax[x].head)
      if (x == v) inside = true;
    if (inside) continue;
    vs.head = static_cast<int32_t>(n);
    vs.deprel = relcl;
  }
}

// See the header: "called on Beijing to stop". Only when "on"/"upon" is the
// word right after the verb (nothing between: "called, on Monday, for ..."
// is left alone) and the infinitive has a "to" mark after its subject.
void repair_call_on_subject(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 4 >= end) return;
  for (uint32_t t = begin + 1; t + 2 < end; ++t) {
    TokenSyntax& ts = doc.syntax[t];
    if (ts.deprel != R.mark || (ts.lemma != "on" && ts.lemma != "upon")) continue;
    const uint32_t verb = t - 1;
    const std::string_view vl = doc.syntax[verb].lemma;
    if (doc.syntax[verb].upos != UPos::kVERB || (vl != "call" && vl != "prevail")) continue;
    if (ts.head <= static_cast<int32_t>(t) || ts.head >= static_cast<int32_t>(end)) continue;
    const uint32_t inf = static_cast<uint32_t>(ts.head);
    if (doc.syntax[inf].head != static_cast<int32_t>(verb) || doc.syntax[inf].xpos != "VB") continue;
    int subject = -1;
    bool to = false;
    for (uint32_t c = t + 1; c < inf; ++c) {
      const TokenSyntax& cs = doc.syntax[c];
      if (cs.head != static_cast<int32_t>(inf)) continue;
      if (cs.deprel == R.nsubj && subject < 0) subject = static_cast<int>(c);
      if (cs.deprel == R.mark && doc.token_text(c) == "to" && subject >= 0) to = true;
    }
    if (subject < 0 || !to) continue;
    TokenSyntax& ss = doc.syntax[subject];
    if (ss.upos != UPos::kNOUN && ss.upos != UPos::kPROPN && ss.upos != UPos::kPRON) continue;
    ss.head = static_cast<int32_t>(verb);
    ss.deprel = R.obl;
    ts.head = subject;
    ts.deprel = R.case_;
    ts.upos = UPos::kADP;
    ts.xpos = "IN";
    doc.syntax[inf].deprel = R.advcl;
  }
}

// See the header: "Militants linked to al-Qaeda killed 10 soldiers".
void repair_reduced_relative_subject(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 4 >= end) return;
  static constexpr std::string_view kParticiples[] = {"linked",  "led",   "backed",    "allied", "affiliated", "tied",
                                                      "aligned", "loyal", "supported", "funded", "armed",      "sponsored"};
  const DepRel aux_pass = R.aux_pass;
  for (uint32_t p = begin + 1; p + 3 < end; ++p) {
    TokenSyntax& ps = doc.syntax[p];
    const std::string_view pw = doc.token_text(p);
    if (!one_of(pw, kParticiples) || ps.upos != UPos::kVERB || (ps.xpos != "VBN" && ps.xpos != "VBD")) continue;
    // Its subject: the noun right before it.
    const uint32_t n = p - 1;
    TokenSyntax& ns = doc.syntax[n];
    if (ns.upos != UPos::kNOUN && ns.upos != UPos::kPROPN) continue;
    // Either the noun is the participle's subject, or (a fragment) the noun
    // is the root with the participle as its acl.
    const bool fragment = ns.deprel == R.root && ps.head == static_cast<int32_t>(n) && ps.deprel == R.acl;
    if (!fragment && (ns.head != static_cast<int32_t>(p) || (ns.deprel != R.nsubj && ns.deprel != R.nsubj_pass)))
      continue;
    // Its own dependents: a "by"/"to"/"with" phrase right after it, and no
    // auxiliary, object or second subject (then it is a real main verb).
    if (p + 1 >= end) continue;
    const std::string_view prep = doc.token_text(p + 1);
    if (prep != "by" && prep != "to" && prep != "with") continue;
    bool own = false;
    int verb = -1;
    for (uint32_t c = begin; c < end; ++c) {
      const TokenSyntax& cs = doc.syntax[c];
      if (cs.head != static_cast<int32_t>(p)) continue;
      const DepRel b = deprel_base(cs.deprel);
      if (cs.upos == UPos::kAUX || b == R.obj || (c != n && (b == R.nsubj || cs.deprel == R.nsubj_pass))) own = true;
      // The real verb: the first later finite or past verb hung on the
      // participle as a conjunct, parataxis or (misread) passive auxiliary.
      if (verb < 0 && c > p + 2 && cs.upos == UPos::kVERB && (cs.xpos == "VBD" || cs.xpos == "VBN") &&
          (cs.deprel == R.conj || cs.deprel == R.parataxis || cs.deprel == aux_pass))
        verb = static_cast<int>(c);
    }
    if (own || verb < 0) continue;
    const uint32_t v = static_cast<uint32_t>(verb);
    // Between them only the participle's phrase: every word there hangs,
    // through heads inside the span, on the participle.
    bool phrase = true;
    for (uint32_t t = p + 1; t < v && phrase; ++t) {
      if (!hangs_within(doc, t, p, v, 12)) phrase = false;
      // (A hyphen inside a name, "al-Qaeda", is no break.)
      if ((doc.syntax[t].upos == UPos::kPUNCT && doc.syntax[t].xpos != "HYPH") || doc.token_text(t) == "and" ||
          doc.token_text(t) == "or")
        phrase = false;
    }
    if (!phrase) continue;
    // The verb has no subject, marker or coordinator of its own.
    bool verb_own = false;
    for (uint32_t c = begin; c < end; ++c) {
      const TokenSyntax& cs = doc.syntax[c];
      if (cs.head != static_cast<int32_t>(v)) continue;
      const DepRel b = deprel_base(cs.deprel);
      if (b == R.nsubj || cs.deprel == R.nsubj_pass || cs.deprel == R.mark || b == R.cc ||
          cs.upos == UPos::kAUX)
        verb_own = true;
    }
    if (verb_own) continue;
    // Rehang: the verb takes the participle's place and the noun as its
    // subject; the participle describes the noun; the participle's later
    // dependents ("..., the army said", the final stop) go to the verb.
    TokenSyntax& vs = doc.syntax[v];
    const uint32_t top = fragment ? n : p;  // the word the clause hangs on now
    vs.head = doc.syntax[top].head;
    vs.deprel = doc.syntax[top].deprel;
    if (vs.xpos == "VBN") vs.xpos = "VBD";
    for (uint32_t c = v + 1; c < end; ++c)
      if (doc.syntax[c].head == static_cast<int32_t>(p) || doc.syntax[c].head == static_cast<int32_t>(n))
        doc.syntax[c].head = static_cast<int32_t>(v);
    ns.head = static_cast<int32_t>(v);
    ns.deprel = R.nsubj;
    ps.head = static_cast<int32_t>(n);
    ps.deprel = R.acl;
    ps.xpos = "VBN";
  }
}

// See the header: "Somali soldiers, supported by clan militias, are
// conducting operations".
void repair_comma_participle_subject(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 6 >= end) return;
  static const DepRel kVocative = deprel_from_name("vocative");
  static const DepRel kDep = deprel_from_name("dep");
  for (uint32_t p = begin + 2; p + 3 < end; ++p) {
    TokenSyntax& ps = doc.syntax[p];
    if (ps.upos != UPos::kVERB || (ps.xpos != "VBN" && ps.xpos != "VBD") || doc.token_text(p - 1) != ",") continue;
    // The noun phrase before the comma, by its head: the last noun, or the
    // noun its "of" phrase or name hangs on ("A group of physicians,
    // alarmed that ...").
    uint32_t n = p - 2;
    for (int k = 0; k < 4 && doc.syntax[n].head != static_cast<int32_t>(p); ++k) {
      const int32_t h = doc.syntax[n].head;
      const DepRel b = deprel_base(doc.syntax[n].deprel);
      if (h < static_cast<int32_t>(begin) || h >= static_cast<int32_t>(n) || (b != R.nmod && b != R.compound)) break;
      n = static_cast<uint32_t>(h);
    }
    TokenSyntax& ns = doc.syntax[n];
    if (ns.upos != UPos::kNOUN && ns.upos != UPos::kPROPN) continue;
    // The noun hangs on the participle (as its subject, vocative or dep).
    if (ns.head != static_cast<int32_t>(p)) continue;
    if (deprel_base(ns.deprel) != R.nsubj && ns.deprel != R.nsubj_pass && ns.deprel != kVocative && ns.deprel != kDep)
      continue;
    // The participle's phrase: a preposition right after it.
    const std::string_view prep = doc.token_text(p + 1);
    // (Or a participle of feeling with its "that" clause or its cause:
    // "alarmed that ...", "angered by", "concerned about".)
    if (prep != "by" && prep != "with" && prep != "in" && prep != "from" && prep != "that" && prep != "about" &&
        prep != "over" && prep != "at")
      continue;
    // The second comma, every word up to it hanging (through heads inside
    // the span) on the participle.
    uint32_t c = p + 2;
    while (c < end && doc.token_text(c) != ",") ++c;
    if (c + 2 >= end || c > p + 16) continue;
    bool phrase = true;
    for (uint32_t t = p + 1; t < c && phrase; ++t) phrase = hangs_within(doc, t, p, c, 16);
    if (!phrase) continue;
    // The participle has nothing of its own that a main verb has.
    bool own = false;
    for (uint32_t k = begin; k < end && !own; ++k) {
      const TokenSyntax& ks = doc.syntax[k];
      if (ks.head != static_cast<int32_t>(p) || k == n) continue;
      const DepRel b = deprel_base(ks.deprel);
      own = ks.upos == UPos::kAUX || b == R.obj || b == R.nsubj || ks.deprel == R.nsubj_pass || ks.deprel == R.mark;
    }
    if (own) continue;
    // The real verb: right after the comma, after auxiliaries and adverbs.
    uint32_t v = c + 1;
    bool has_aux = false;
    while (v < end && v < c + 5 && (doc.syntax[v].upos == UPos::kAUX || doc.syntax[v].upos == UPos::kADV ||
                                    doc.syntax[v].upos == UPos::kPART)) {
      if (doc.syntax[v].upos == UPos::kAUX) has_aux = true;
      ++v;
    }
    if (v >= end) continue;
    TokenSyntax& vs = doc.syntax[v];
    // (On the participle, or on a verb of its phrase: "alarmed that the
    // government is cutting spending, is urging" with "urging" a conjunct
    // of "cutting".)
    if (vs.upos != UPos::kVERB || vs.head < static_cast<int32_t>(p) || vs.head >= static_cast<int32_t>(c)) continue;
    if (vs.head != static_cast<int32_t>(p) &&
        (doc.syntax[vs.head].upos != UPos::kVERB || !hangs_within(doc, static_cast<uint32_t>(vs.head), p, c, 16)))
      continue;
    if (vs.deprel != R.conj && vs.deprel != R.parataxis && vs.deprel != R.advcl && vs.deprel != kDep) continue;
    if (!has_aux && vs.xpos != "VBD" && vs.xpos != "VBZ" && vs.xpos != "VBP") continue;
    bool verb_own = false;
    for (uint32_t k = begin; k < end && !verb_own; ++k) {
      const TokenSyntax& ks = doc.syntax[k];
      if (ks.head != static_cast<int32_t>(v)) continue;
      const DepRel b = deprel_base(ks.deprel);
      verb_own = b == R.nsubj || ks.deprel == R.nsubj_pass || ks.deprel == R.mark || b == R.cc;
    }
    if (verb_own) continue;
    // Rehang.
    vs.head = ps.head;
    vs.deprel = ps.deprel;
    bool passive = false;
    for (uint32_t k = c + 1; k < v; ++k) {
      if (doc.syntax[k].head == static_cast<int32_t>(p)) doc.syntax[k].head = static_cast<int32_t>(v);
      if (doc.syntax[k].head == static_cast<int32_t>(v) && doc.syntax[k].deprel == R.aux_pass) passive = true;
    }
    move_dependents(doc, v + 1, end, p, static_cast<int32_t>(v));
    ns.head = static_cast<int32_t>(v);
    ns.deprel = passive ? R.nsubj_pass : R.nsubj;
    ps.head = static_cast<int32_t>(n);
    ps.deprel = R.acl;
    ps.xpos = "VBN";
    // What hung on the participle before the subject (a fronted "On
    // Monday,") goes to the verb.
    move_dependents(doc, begin, n, p, static_cast<int32_t>(v));
    // The commas around the participle belong to it.
    doc.syntax[p - 1].head = static_cast<int32_t>(p);
    doc.syntax[c].head = static_cast<int32_t>(p);
    doc.syntax[p - 1].deprel = R.punct;
    doc.syntax[c].deprel = R.punct;
  }
}

// See the header: "The Pentagon, which oversees the operation, declined
// to comment".
void repair_relative_clause_main_verb(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 6 >= end) return;
  const DepRel relcl = relcl_rel();
  for (uint32_t w = begin + 2; w + 3 < end; ++w) {
    const TokenSyntax& ws = doc.syntax[w];
    if (ws.lemma != "which" && ws.lemma != "who") continue;
    if (deprel_base(ws.deprel) != R.nsubj && ws.deprel != R.nsubj_pass) continue;
    if (doc.token_text(w - 1) != ",") continue;
    const int32_t r = ws.head;  // the relative clause's verb
    if (r <= static_cast<int32_t>(w) || r >= static_cast<int32_t>(end)) continue;
    const uint32_t n = w - 2;  // the noun the clause describes
    if (doc.syntax[n].upos != UPos::kNOUN && doc.syntax[n].upos != UPos::kPROPN) continue;
    // The subject phrase's head: the noun, or the first conjunct of a
    // coordination it ends ("ICE and DHS, which ...").
    uint32_t s = n;
    if (doc.syntax[n].deprel == R.conj && doc.syntax[n].head >= static_cast<int32_t>(begin) &&
        doc.syntax[n].head < static_cast<int32_t>(n) &&
        (doc.syntax[doc.syntax[n].head].upos == UPos::kNOUN || doc.syntax[doc.syntax[n].head].upos == UPos::kPROPN)) {
      bool joined = false;
      for (uint32_t k = static_cast<uint32_t>(doc.syntax[n].head) + 1; k < n; ++k)
        joined = joined || (doc.syntax[k].deprel == R.cc && doc.syntax[k].head == static_cast<int32_t>(n));
      if (!joined) continue;
      s = static_cast<uint32_t>(doc.syntax[n].head);
    }
    // The misreading: the subject phrase hangs on the clause's verb (its
    // subject beside "which", or a compound) or is itself the root.
    const int32_t sh = doc.syntax[s].head;
    if (sh != r && sh >= 0) continue;
    // The second comma, every word up to it hanging on the clause's verb
    // (through heads inside the span).
    uint32_t c = w + 1;
    while (c < end && doc.token_text(c) != "," && c < w + 20) ++c;
    if (c + 1 >= end || doc.token_text(c) != ",") continue;
    if (static_cast<uint32_t>(r) >= c) continue;
    bool phrase = true;
    for (uint32_t t = w + 1; t < c && phrase; ++t) phrase = hangs_within(doc, t, static_cast<uint32_t>(r), c, 16) || t == static_cast<uint32_t>(r);
    if (!phrase) continue;
    // The real verb: right after the comma, after auxiliaries and adverbs;
    // finite or with an auxiliary.
    uint32_t v = c + 1;
    bool has_aux = false;
    while (v < end && v < c + 5 &&
           (doc.syntax[v].upos == UPos::kAUX || doc.syntax[v].upos == UPos::kADV || doc.syntax[v].upos == UPos::kPART)) {
      if (doc.syntax[v].upos == UPos::kAUX) has_aux = true;
      ++v;
    }
    if (v >= end || doc.syntax[v].upos != UPos::kVERB) continue;
    if (!has_aux && doc.syntax[v].xpos != "VBD" && doc.syntax[v].xpos != "VBZ" && doc.syntax[v].xpos != "VBP" &&
        doc.syntax[v].xpos != "VBN")
      continue;
    if (!has_aux && doc.syntax[v].xpos == "VBN" && doc.syntax[v].deprel != R.acl) continue;
    // The verb has no subject, marker or coordinator of its own.
    bool verb_own = false;
    for (uint32_t k = begin; k < end && !verb_own; ++k) {
      const TokenSyntax& ks = doc.syntax[k];
      if (ks.head != static_cast<int32_t>(v)) continue;
      const DepRel b = deprel_base(ks.deprel);
      verb_own = b == R.nsubj || ks.deprel == R.nsubj_pass || ks.deprel == R.mark || b == R.cc || b == R.expl;
    }
    if (verb_own) continue;
    // The word the whole misread phrase hangs on now: the clause's verb,
    // or the subject when it is the root.
    const uint32_t top = sh < 0 ? s : static_cast<uint32_t>(r);
    const std::vector<TokenSyntax> saved(doc.syntax.begin() + begin, doc.syntax.begin() + end);
    TokenSyntax& vs = doc.syntax[v];
    if (doc.syntax[top].head != static_cast<int32_t>(v)) {
      vs.head = doc.syntax[top].head;
      vs.deprel = doc.syntax[top].deprel;
    }
    if (vs.xpos == "VBN" && !has_aux) vs.xpos = "VBD";
    bool passive = false;
    for (uint32_t k = c + 1; k < v; ++k) {
      doc.syntax[k].head = static_cast<int32_t>(v);
      if (doc.syntax[k].deprel == R.aux_pass) passive = true;
    }
    // What hung on the old top outside the subject and the clause (a
    // fronted phrase, the final stop, a later object) goes to the verb.
    for (uint32_t k = begin; k < end; ++k) {
      if (k == v || (k >= s && k <= c)) continue;
      if (doc.syntax[k].head == static_cast<int32_t>(top) && !(top == s && k < s))
        doc.syntax[k].head = static_cast<int32_t>(v);
      else if (doc.syntax[k].head == r && k > c)
        doc.syntax[k].head = static_cast<int32_t>(v);
    }
    TokenSyntax& ss = doc.syntax[s];
    ss.head = static_cast<int32_t>(v);
    ss.deprel = passive ? R.nsubj_pass : R.nsubj;
    TokenSyntax& rs = doc.syntax[r];
    rs.head = static_cast<int32_t>(n);
    rs.deprel = relcl;
    doc.syntax[w - 1].head = r;
    doc.syntax[w - 1].deprel = R.punct;
    doc.syntax[c].head = r;
    doc.syntax[c].deprel = R.punct;
    // No cycle, one root: else the reading stands as it was.
    bool ok = true;
    int roots = 0;
    for (uint32_t k = begin; k < end && ok; ++k) {
      if (doc.syntax[k].head < 0) ++roots;
      int32_t x = static_cast<int32_t>(k);
      int steps = 0;
      while (x >= 0 && steps < 256) {
        x = doc.syntax[x].head;
        ++steps;
        if (x >= 0 && (x < static_cast<int32_t>(begin) || x >= static_cast<int32_t>(end))) { ok = false; break; }
      }
      if (steps >= 256) ok = false;
    }
    if (!ok || roots != 1) std::copy(saved.begin(), saved.end(), doc.syntax.begin() + begin);
  }
}

// See the header: "Jordan had admitted more than 1.4 million refugees".
void repair_agent_without_by(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size()) return;
  static const DepRel kAgent = deprel_from_name("obl:agent");
  for (uint32_t t = begin; t < end; ++t) {
    TokenSyntax& ts = doc.syntax[t];
    if (ts.deprel != kAgent) continue;
    const int32_t h = ts.head;
    if (h < static_cast<int32_t>(begin) || h >= static_cast<int32_t>(end) || h > static_cast<int32_t>(t)) continue;
    if (doc.syntax[h].upos != UPos::kVERB) continue;
    if (ts.upos != UPos::kNOUN && ts.upos != UPos::kPROPN && ts.upos != UPos::kPRON) continue;
    // No preposition of its own, and an active verb with no object.
    bool marked = false, passive = false, object = false, subject = false;
    for (uint32_t k = begin; k < end; ++k) {
      const TokenSyntax& ks = doc.syntax[k];
      if (ks.head == static_cast<int32_t>(t) && ks.deprel == R.case_) marked = true;
      if (ks.head != h) continue;
      if (ks.deprel == R.aux_pass || ks.deprel == R.nsubj_pass) passive = true;
      if (deprel_base(ks.deprel) == R.obj) object = true;
      if (deprel_base(ks.deprel) == R.nsubj && k < t) subject = true;
    }
    // (Only a clause with its subject before the verb: "said retired
    // admiral Cem Gurdeniz" is an inverted subject, "a test taken no more
    // than 72 hours before" no object.)
    if (!subject) continue;
    // ("sent by chairman Marcelo Claure": the "by" may hang on a word
    // before the name.)
    for (int32_t k = h + 1; k < static_cast<int32_t>(t) && !marked; ++k) marked = doc.syntax[k].lemma == "by";
    if (marked || passive || object) continue;
    ts.deprel = R.obj;
  }
}

// See the header: ", killing three civilians, officials said".
void repair_participle_across_report(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 5 >= end) return;
  static constexpr std::string_view kSaying[] = {"say", "tell", "add", "state", "claim", "announce",
                                                 "report", "confirm", "allege", "write", "note"};
  static constexpr std::string_view kSpeech[] = {"say", "add", "cite", "quote", "accord", "claim", "tell",
                                                 "report", "note", "state", "insist", "argue", "describe"};
  for (uint32_t a = begin + 2; a < end; ++a) {
    TokenSyntax& as = doc.syntax[a];
    if (as.deprel != R.advcl || as.xpos != "VBG" || as.head <= static_cast<int32_t>(a)) continue;
    if (doc.token_text(a - 1) != "," || one_of(as.lemma, kSpeech)) continue;
    const uint32_t say = static_cast<uint32_t>(as.head);
    if (say >= end || !one_of(doc.syntax[say].lemma, kSaying) || doc.syntax[say].upos != UPos::kVERB) continue;
    // The content clause: a ccomp of the speech verb that ends before the
    // participle.
    int content = -1;
    for (uint32_t c = begin; c < a; ++c)
      if (doc.syntax[c].head == static_cast<int32_t>(say) && doc.syntax[c].deprel == R.ccomp) content = static_cast<int>(c);
    if (content < 0) continue;
    bool own = false;
    for (uint32_t c = begin; c < end && !own; ++c) {
      const TokenSyntax& cs = doc.syntax[c];
      own = cs.head == static_cast<int32_t>(a) &&
            (deprel_base(cs.deprel) == R.nsubj || cs.deprel == R.nsubj_pass || cs.deprel == R.mark);
    }
    if (own) continue;
    as.head = content;
  }
}

// See the header: "into President Donald Trump".
void repair_preposition_as_head(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  for (uint32_t x = begin + 1; x + 1 < end; ++x) {
    TokenSyntax& xs = doc.syntax[x];
    if (xs.xpos != "IN" || xs.upos != UPos::kADP) continue;
    const DepRel b = deprel_base(xs.deprel);
    if ((b != R.nmod && b != R.obl) || xs.head < static_cast<int32_t>(begin)) continue;
    // Its first dependent after it that is a noun or name.
    int c = -1;
    for (uint32_t k = x + 1; k < end && c < 0; ++k) {
      const TokenSyntax& ks = doc.syntax[k];
      if (ks.head != static_cast<int32_t>(x)) continue;
      // (Under whatever label: "mark" too, when the parser is that lost.)
      const DepRel kb = deprel_base(ks.deprel);
      if ((kb == R.obl || kb == R.nmod || kb == R.mark) &&
          (ks.upos == UPos::kPROPN || ks.upos == UPos::kNOUN || ks.upos == UPos::kPRON))
        c = static_cast<int>(k);
      else
        break;
    }
    if (c < 0) continue;
    bool has_case = false;
    for (uint32_t k = begin; k < end && !has_case; ++k)
      has_case = doc.syntax[k].head == c && doc.syntax[k].deprel == R.case_;
    if (has_case) continue;
    TokenSyntax& cs = doc.syntax[c];
    const int32_t up = xs.head;
    cs.head = up;
    cs.deprel = xs.deprel;
    xs.head = c;
    xs.deprel = R.case_;
    // Anything else hung on the preposition ("on Tuesday") goes to the
    // word the phrase hangs on.
    move_dependents(doc, begin, end, x, up, c);
  }
}

// See the header: 'called the launch "absolutely unacceptable."'
void repair_quoted_verdict(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  static constexpr std::string_view kCall[] = {"call", "label", "brand", "dub", "term"};
  const DepRel xcomp = deprel_from_name("xcomp");
  for (uint32_t a = begin + 3; a < end; ++a) {
    TokenSyntax& as = doc.syntax[a];
    if ((as.upos != UPos::kADJ && as.upos != UPos::kNOUN) || as.head < static_cast<int32_t>(begin)) continue;
    const DepRel b = deprel_base(as.deprel);
    if (b != R.advcl && b != R.parataxis && as.deprel != deprel_from_name("dep")) continue;
    const uint32_t v = static_cast<uint32_t>(as.head);
    if (v >= a || !one_of(doc.syntax[v].lemma, kCall)) continue;
    // The verb's object, ending right before the verdict (quotation marks
    // and adverbs of the verdict between).
    int obj = -1;
    for (uint32_t k = v + 1; k < a; ++k)
      if (doc.syntax[k].head == static_cast<int32_t>(v) && doc.syntax[k].deprel == R.obj) obj = static_cast<int>(k);
    if (obj < 0) continue;
    bool clean = true;
    for (uint32_t k = static_cast<uint32_t>(obj) + 1; k < a && clean; ++k) {
      const TokenSyntax& ks = doc.syntax[k];
      const bool quote = ks.upos == UPos::kPUNCT && ks.xpos != "," && ks.xpos != ".";
      const bool adverb = ks.upos == UPos::kADV && ks.head == static_cast<int32_t>(a);
      clean = quote || adverb;
    }
    if (!clean) continue;
    as.deprel = xcomp;
  }
}

// See the header: "was shot dead by police".
void repair_agent_on_passive_complement(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  static const DepRel kAgent = deprel_from_name("obl:agent");
  if (end > doc.syntax.size() || begin + 3 >= end) return;
  for (uint32_t a = begin; a < end; ++a) {
    TokenSyntax& as = doc.syntax[a];
    if (as.deprel != kAgent || as.head < static_cast<int32_t>(begin) || as.head >= static_cast<int32_t>(end)) continue;
    const TokenSyntax& js = doc.syntax[as.head];
    if (js.upos != UPos::kADJ || js.deprel != R.xcomp || js.head < static_cast<int32_t>(begin) ||
        js.head >= static_cast<int32_t>(end))
      continue;
    const int32_t v = js.head;
    if (doc.syntax[v].xpos != "VBN") continue;
    bool passive = false;
    for (uint32_t k = begin; k < end && !passive; ++k)
      passive = doc.syntax[k].head == v && (doc.syntax[k].deprel == R.aux_pass || doc.syntax[k].deprel == R.nsubj_pass);
    if (passive) as.head = v;
  }
}

// See the header: "A lawsuit was filed against Kenya by Uganda".
void repair_agent_on_oblique_name(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  static const DepRel kAgent = deprel_from_name("obl:agent");
  if (end > doc.syntax.size() || begin + 4 >= end) return;
  for (uint32_t a = begin; a < end; ++a) {
    TokenSyntax& as = doc.syntax[a];
    if (as.deprel != R.nmod || (as.upos != UPos::kPROPN && as.upos != UPos::kNOUN)) continue;
    const int32_t o = as.head;
    if (o < static_cast<int32_t>(begin) || o >= static_cast<int32_t>(a)) continue;
    const TokenSyntax& os = doc.syntax[o];
    if (os.upos != UPos::kPROPN || deprel_base(os.deprel) != R.obl) continue;
    const int32_t v = os.head;
    if (v < static_cast<int32_t>(begin) || v >= static_cast<int32_t>(end) || v > o) continue;
    if (doc.syntax[v].xpos != "VBN") continue;
    bool by = false, passive = false, agent = false;
    for (uint32_t k = begin; k < end; ++k) {
      const TokenSyntax& ks = doc.syntax[k];
      if (ks.head == static_cast<int32_t>(a) && ks.deprel == R.case_ && ks.lemma == "by") by = true;
      if (ks.head != v) continue;
      if (ks.deprel == R.aux_pass || ks.deprel == R.nsubj_pass) passive = true;
      if (ks.deprel == kAgent) agent = true;
    }
    if (!by || !passive || agent) continue;
    as.head = v;
    as.deprel = kAgent;
  }
}

// See the header: "detained 40 suspected Islamic State members".
void repair_suspected_count(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  static const DepRel kNummod = deprel_from_name("nummod");
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 3 >= end) return;
  for (uint32_t n = begin; n + 2 < end; ++n) {
    TokenSyntax& ns = doc.syntax[n];
    if (ns.xpos != "CD" || deprel_base(ns.deprel) != R.obj || ns.head < static_cast<int32_t>(begin)) continue;
    const uint32_t a = n + 1;
    TokenSyntax& as = doc.syntax[a];
    if (as.head != static_cast<int32_t>(n) || as.deprel != R.acl) continue;
    std::string w(doc.tokens[a].norm);
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (w != "suspected" && w != "alleged" && w != "presumed") continue;
    int m = -1;
    for (uint32_t k = a + 1; k < end && k < a + 6; ++k)
      if (doc.syntax[k].head == static_cast<int32_t>(a) && deprel_base(doc.syntax[k].deprel) == R.obj &&
          (doc.syntax[k].upos == UPos::kNOUN || doc.syntax[k].upos == UPos::kPROPN)) {
        m = static_cast<int>(k);
        break;
      }
    if (m < 0) continue;
    const int32_t v = ns.head;
    TokenSyntax& ms = doc.syntax[m];
    ms.head = v;
    ms.deprel = ns.deprel;
    ns.head = m;
    ns.deprel = kNummod;
    as.head = m;
    as.deprel = R.amod;
    move_dependents(doc, begin, end, a, v, m);
  }
}

// See the header: "said in a speech on Wednesday that X were ...".
void repair_content_clause_as_relative(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  const DepRel relcl = relcl_rel();
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 4 >= end) return;
  for (uint32_t c = begin; c < end; ++c) {
    TokenSyntax& cs = doc.syntax[c];
    if (cs.deprel != relcl || cs.head < static_cast<int32_t>(begin) || cs.head >= static_cast<int32_t>(end)) continue;
    int that = -1, other = -1;
    for (uint32_t k = begin; k < c; ++k) {
      const TokenSyntax& ks = doc.syntax[k];
      if (ks.head != static_cast<int32_t>(c) || ks.deprel != R.nsubj) continue;
      std::string w(doc.tokens[k].norm);
      for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      if (w == "that" && that < 0) that = static_cast<int>(k);
      else if (ks.upos == UPos::kNOUN || ks.upos == UPos::kPROPN || ks.upos == UPos::kPRON) other = static_cast<int>(k);
    }
    if (that < 0 || other < 0 || that > other) continue;
    // The verb above the noun's phrase.
    int32_t v = cs.head;
    for (int d = 0; d < 6 && v >= static_cast<int32_t>(begin) && v < static_cast<int32_t>(end) &&
                    doc.syntax[v].upos != UPos::kVERB;
         ++d) {
      const DepRel b = deprel_base(doc.syntax[v].deprel);
      if (b != R.nmod && b != R.obl) {
        v = -1;
        break;
      }
      v = doc.syntax[v].head;
    }
    if (v < static_cast<int32_t>(begin) || v >= static_cast<int32_t>(end) || doc.syntax[v].upos != UPos::kVERB) continue;
    cs.head = v;
    cs.deprel = R.ccomp;
    TokenSyntax& ts = doc.syntax[that];
    ts.deprel = R.mark;
    ts.xpos = "IN";
    ts.upos = UPos::kSCONJ;
  }
}

// See the header: "Jihadists linked to al-Qaida killed 40 soldiers".
void repair_linked_garden_path(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 5 >= end) return;
  int root = -1;
  for (uint32_t t = begin; t < end; ++t)
    if (doc.syntax[t].head < 0) {
      if (root >= 0) return;
      root = static_cast<int>(t);
    }
  if (root < 0) return;
  static constexpr std::string_view kLink[] = {"link", "tie", "affiliate", "ally", "align", "connect", "back"};
  // Two shapes: the link word is the root with the subject ("Jihadists
  // [linked] to al-Qaida"), or an acl on a root noun ("Militants <- linked
  // to the group").
  int link = -1, subject = -1;
  if (doc.syntax[root].upos == UPos::kVERB && one_of(doc.syntax[root].lemma, kLink)) {
    link = root;
    for (uint32_t c = begin; c < static_cast<uint32_t>(root); ++c)
      if (doc.syntax[c].head == root && doc.syntax[c].deprel == R.nsubj) subject = static_cast<int>(c);
  } else if (doc.syntax[root].upos == UPos::kNOUN || doc.syntax[root].upos == UPos::kPROPN) {
    subject = root;
    for (uint32_t c = static_cast<uint32_t>(root) + 1; c < end && link < 0; ++c)
      if (doc.syntax[c].head == root && doc.syntax[c].deprel == R.acl && one_of(doc.syntax[c].lemma, kLink))
        link = static_cast<int>(c);
  }
  if (link < 0 || subject < 0) return;
  // The link word opens its to/with/by phrase ("linked to", "backed by"):
  // "Iran backed the militias, supplied weapons" is a plain coordination.
  if (static_cast<uint32_t>(link) + 1 >= end) return;
  {
    const std::string_view nw = doc.token_text(static_cast<uint32_t>(link) + 1);
    if (nw != "to" && nw != "with" && nw != "by") return;
  }
  // The real verb: a past form under the link word or its phrase, as a
  // clause (acl, ccomp, advcl, conj) with no subject or auxiliary of its
  // own and a noun dependent after it.
  int v = -1;
  for (uint32_t c = static_cast<uint32_t>(link) + 1; c < end && v < 0; ++c) {
    const TokenSyntax& cs = doc.syntax[c];
    if (cs.xpos != "VBD" && cs.xpos != "VBN") continue;
    const DepRel b = deprel_base(cs.deprel);
    if (b != R.acl && b != R.ccomp && b != R.advcl && b != R.conj) continue;
    const int32_t h = cs.head;
    if (h != link && (h < 0 || doc.syntax[h].head != link)) continue;
    // (A conjunct of the link word itself is a second predicate of the
    // same subject: "allied with Iran and threatened Ukraine".)
    if (h == link && b == R.conj) continue;
    bool noun = false, blocked = false;
    for (uint32_t k = begin; k < end; ++k) {
      if (doc.syntax[k].head != static_cast<int32_t>(c)) continue;
      const DepRel kd = doc.syntax[k].deprel;
      if (kd == R.aux || kd == R.aux_pass || kd == R.nsubj || kd == R.nsubj_pass || kd == R.mark) blocked = true;
      if (k > c && (doc.syntax[k].upos == UPos::kNOUN || doc.syntax[k].upos == UPos::kPROPN)) noun = true;
    }
    if (noun && !blocked) v = static_cast<int>(c);
  }
  if (v < 0) return;
  const int32_t V = v;
  TokenSyntax& vs = doc.syntax[v];
  vs.head = -1;
  vs.deprel = R.root;
  vs.xpos = "VBD";
  TokenSyntax& ls = doc.syntax[link];
  ls.head = subject;
  ls.deprel = R.acl;
  ls.xpos = "VBN";
  TokenSyntax& ss = doc.syntax[subject];
  ss.head = V;
  ss.deprel = R.nsubj;
  // What hung on the old root after the verb (final punctuation, a
  // trailing "said") goes to the verb.
  for (uint32_t k = begin; k < end; ++k)
    if ((doc.syntax[k].head == root) && static_cast<int>(k) > v && static_cast<int>(k) != link) doc.syntax[k].head = V;
  // The misread clause may have lost its object ("killed at least 40
  // soldiers in central Mali" with "soldiers" hung on "Mali"): the first
  // noun after the verb, past only numbers, determiners, adjectives and
  // "at least", is its object.
  bool has_obj = false;
  for (uint32_t k = begin; k < end; ++k) has_obj = has_obj || (doc.syntax[k].head == V && doc.syntax[k].deprel == R.obj);
  if (!has_obj)
    for (uint32_t k = static_cast<uint32_t>(v) + 1; k < end && k < static_cast<uint32_t>(v) + 7; ++k) {
      const TokenSyntax& ks = doc.syntax[k];
      if (ks.upos == UPos::kNOUN || ks.upos == UPos::kPROPN) {
        if (ks.head != V && ks.head > static_cast<int32_t>(k)) {
          doc.syntax[k].head = V;
          doc.syntax[k].deprel = R.obj;
        }
        break;
      }
      if (ks.upos != UPos::kNUM && ks.upos != UPos::kDET && ks.upos != UPos::kADJ && ks.upos != UPos::kADP &&
          ks.upos != UPos::kADV)
        break;
    }
}

void repair_conditional_provided(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  if (end > doc.syntax.size() || end > doc.tokens.size()) return;
  for (uint32_t p = begin; p + 2 < end; ++p) {
    std::string_view pw = doc.token_text(p);
    if (pw != "provided" && pw != "providing" && pw != "Provided" && pw != "Providing") continue;
    // A "provided" with a subject or auxiliary of its own is the verb:
    // "the ministry provided", "has provided".
    bool predicate = false;
    for (uint32_t k = begin; k < end; ++k)
      if (doc.syntax[k].head == static_cast<int32_t>(p)) {
        const DepRel d = deprel_base(doc.syntax[k].deprel);
        if (d == R.nsubj || d == R.nsubj_pass || d == R.aux || d == R.aux_pass) predicate = true;
      }
    if (predicate || doc.syntax[p].head < 0) continue;
    // "With no link provided it is hard to say", "without any proof
    // provided": a participle in an absolute "with" phrase, no connective.
    {
      uint32_t b = p;
      while (b > begin && b + 5 > p) {
        const std::string& x = doc.syntax[b - 1].xpos;
        if (x == "DT" || x == "JJ" || x == "CD" || x == "PRP$" || x.compare(0, 2, "NN") == 0)
          --b;
        else
          break;
      }
      if (b < p && b > begin) {
        const std::string_view w = doc.token_text(b - 1);
        if (w == "with" || w == "With" || w == "without" || w == "Without") continue;
      }
    }
    uint32_t q = p + 1;
    const bool that = doc.token_text(q) == "that";
    if (that) ++q;
    // The clause's subject: a short noun phrase ending in a noun or pronoun.
    uint32_t np_end = q;
    while (np_end < end && np_end < q + 6) {
      const std::string& x = doc.syntax[np_end].xpos;
      if (x == "DT" || x == "JJ" || x == "CD" || x == "PRP" || x == "PRP$" || x == "POS" || x.compare(0, 2, "NN") == 0)
        ++np_end;
      else
        break;
    }
    if (np_end == q || np_end >= end) continue;
    const std::string& lx = doc.syntax[np_end - 1].xpos;
    if (lx != "PRP" && lx.compare(0, 2, "NN") != 0) continue;
    // Its finite verb, after at most a modal.
    uint32_t f = np_end;
    int32_t modal = -1;
    if (doc.syntax[f].xpos == "MD" && f + 1 < end && doc.syntax[f + 1].xpos == "VB") modal = static_cast<int32_t>(f++);
    const std::string& fx = doc.syntax[f].xpos;
    if (!(fx == "VBD" || fx == "VBZ" || fx == "VBP" || (modal >= 0 && fx == "VB"))) continue;
    // "provided" must not hang under the clause it opens.
    const int32_t h = doc.syntax[p].head;
    bool under_f = false;
    for (int32_t u = h, n = 0; u >= 0 && n < 64; u = doc.syntax[u].head, ++n)
      if (u == static_cast<int32_t>(f)) under_f = true;
    if (under_f) continue;
    const int32_t F = static_cast<int32_t>(f);
    const uint32_t subj = np_end - 1;
    for (uint32_t k = q; k < subj; ++k) {
      const int32_t kh = doc.syntax[k].head;
      if (kh >= static_cast<int32_t>(q) && kh <= static_cast<int32_t>(subj)) continue;
      const std::string& x = doc.syntax[k].xpos;
      doc.syntax[k].head = static_cast<int32_t>(subj);
      doc.syntax[k].deprel = x == "DT" ? R.det : x == "JJ" ? R.amod : x == "PRP$" ? R.nmod_poss : R.compound;
    }
    // What hung on "provided" after it belongs to the clause's verb.
    move_dependents(doc, p + 1, end, p, F, f);
    doc.syntax[subj].head = F;
    doc.syntax[subj].deprel = R.nsubj;
    if (modal >= 0) {
      doc.syntax[modal].head = F;
      doc.syntax[modal].deprel = R.aux;
    }
    if (that) {
      doc.syntax[p + 1].head = F;
      doc.syntax[p + 1].deprel = R.mark;
    }
    doc.syntax[f].head = h;
    doc.syntax[f].deprel = R.advcl;
    doc.syntax[p].head = F;
    doc.syntax[p].deprel = R.mark;
    doc.syntax[p].upos = UPos::kSCONJ;
    doc.syntax[p].xpos = "IN";
    doc.syntax[p].lemma = "provided";
  }
}

// See the header: "said in a statement that the United States had violated".
void repair_clause_on_statement_phrase(Document& doc, uint32_t begin, uint32_t end) {
  const Rel& R = rel();
  const DepRel relcl = relcl_rel();
  if (end > doc.syntax.size() || end > doc.tokens.size() || begin + 4 >= end) return;
  static constexpr std::string_view kSpeech[] = {
      "say",     "add",     "write",  "state",    "announce", "claim",     "allege",      "warn",
      "insist",  "argue",   "note",   "tell",     "declare",  "assert",    "stress",      "reiterate",
      "maintain", "confirm", "deny",  "explain",  "acknowledge", "admit",  "contend",     "repeat",
      "emphasize", "emphasise", "underline", "caution", "complain", "charge", "suggest", "report"};
  static constexpr std::string_view kText[] = {
      "statement", "interview", "letter",   "post",     "tweet",   "message",  "speech",  "briefing",
      "communique", "release",  "conference", "remark", "address", "video",    "note",    "report",
      "column",    "editorial", "filing",   "posting",  "broadcast", "testimony", "email", "op-ed",
      "media",     "television", "radio",   "twitter",  "facebook", "telegram", "platform", "channel",
      "website",   "tv",        "x"};
  static constexpr std::string_view kPrep[] = {"in", "at", "during", "on", "via", "through"};
  auto lower = [&](uint32_t k) {
    std::string w(doc.tokens[k].norm);
    for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return w;
  };
  for (uint32_t c = begin; c < end; ++c) {
    TokenSyntax& cs = doc.syntax[c];
    const bool is_relcl = cs.deprel == relcl;
    if ((cs.deprel != R.acl && !is_relcl) || cs.head < static_cast<int32_t>(begin) ||
        cs.head >= static_cast<int32_t>(c))
      continue;
    const uint32_t n = static_cast<uint32_t>(cs.head);
    const TokenSyntax& ns = doc.syntax[n];
    if ((ns.upos != UPos::kNOUN && ns.upos != UPos::kPROPN) || deprel_base(ns.deprel) != R.obl) continue;
    std::string nl(ns.lemma);
    for (char& ch : nl) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (!one_of(nl, kText)) continue;
    if (ns.head < static_cast<int32_t>(begin) || ns.head >= static_cast<int32_t>(n)) continue;
    const uint32_t v = static_cast<uint32_t>(ns.head);
    if (doc.syntax[v].upos != UPos::kVERB || !one_of(doc.syntax[v].lemma, kSpeech)) continue;
    // The noun's preposition: "in a statement", "at a news conference",
    // "on social media".
    bool prep = false;
    for (uint32_t k = begin; k < n && !prep; ++k)
      prep = doc.syntax[k].head == static_cast<int32_t>(n) && doc.syntax[k].deprel == R.case_ && one_of(lower(k), kPrep);
    if (!prep) continue;
    // A content clause: "that" as its mark, or a subject of its own that is
    // no relative pronoun ("a statement which was released" is none). What
    // the parser read as a relative clause is one only with no relative
    // pronoun and no gap: a subject and an object, a passive subject, a
    // copula or a clause of its own ("said in a statement the United States
    // had violated the treaty"; not "in the statement Russia released").
    bool content = false, has_ccomp = false, relative = false, subject = false, passive = false, filled = false;
    for (uint32_t k = begin; k < end; ++k) {
      const TokenSyntax& ks = doc.syntax[k];
      if (ks.head == static_cast<int32_t>(v) && ks.deprel == R.ccomp) has_ccomp = true;
      if (ks.head != static_cast<int32_t>(c)) continue;
      const std::string w = lower(k);
      const bool pronoun = w == "that" || w == "which" || w == "who" || w == "whom" || w == "whose";
      if (k < c && pronoun && ks.deprel != R.mark) relative = true;
      if (ks.deprel == R.obj || ks.deprel == R.ccomp || ks.deprel == R.xcomp || ks.deprel == R.cop) filled = true;
      if (ks.deprel == R.nsubj_pass && k < c && k > n && !pronoun) passive = true;
      if (k > c) continue;
      if (ks.deprel == R.mark && w == "that") content = true;
      if ((ks.deprel == R.nsubj || ks.deprel == R.nsubj_pass) && k > n && !pronoun && ks.upos != UPos::kPUNCT)
        subject = true;
    }
    if (!is_relcl) content = content || subject;
    else content = !relative && subject && (filled || passive);
    if (!content || has_ccomp) continue;
    cs.head = static_cast<int32_t>(v);
    cs.deprel = R.ccomp;
  }
}

}  // namespace dyad
