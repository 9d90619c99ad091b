// Name tables for the enums of document.h.
#include "dyad/document.h"

#include <array>

namespace dyad {
namespace {

constexpr std::array<std::string_view, static_cast<int>(UPos::kCount)> kUPosNames = {
    "ADJ",  "ADP",  "ADV",   "AUX",   "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};

// The UD v2 relations with the subtypes English EWT uses. Order is part of the
// model file format of the parser: append, never reorder.
constexpr std::string_view kDepRelNames[] = {
    "dep",          "acl",        "acl:relcl",   "advcl",       "advcl:relcl",
    "advmod",       "amod",       "appos",       "aux",         "aux:pass",
    "case",         "cc",         "cc:preconj",  "ccomp",       "clf",
    "compound",     "compound:prt", "conj",      "cop",         "csubj",
    "csubj:outer",  "csubj:pass", "det",         "det:predet",  "discourse",
    "dislocated",   "expl",       "fixed",       "flat",        "goeswith",
    "iobj",         "list",       "mark",        "nmod",        "nmod:desc",
    "nmod:poss",    "nmod:unmarked", "nsubj",    "nsubj:outer", "nsubj:pass",
    "nummod",       "obj",        "obl",         "obl:agent",   "obl:unmarked",
    "orphan",       "parataxis",  "punct",       "reparandum",  "root",
    "vocative",     "xcomp",      "nmod:tmod",   "obl:tmod",    "obl:npmod",
    "nmod:npmod",   "flat:foreign", "det:poss",  "compound:lvc", "nummod:gov"};

constexpr int kDepRelCount = sizeof(kDepRelNames) / sizeof(kDepRelNames[0]);

}  // namespace

std::string_view upos_name(UPos p) {
  auto i = static_cast<size_t>(p);
  return i < kUPosNames.size() ? kUPosNames[i] : std::string_view("X");
}

UPos upos_from_name(std::string_view name) {
  for (size_t i = 0; i < kUPosNames.size(); ++i)
    if (kUPosNames[i] == name) return static_cast<UPos>(i);
  return UPos::kX;
}

int deprel_count() { return kDepRelCount; }

std::string_view deprel_name(DepRel r) {
  return r < kDepRelCount ? kDepRelNames[r] : kDepRelNames[0];
}

DepRel deprel_from_name(std::string_view name) {
  for (int i = 0; i < kDepRelCount; ++i)
    if (kDepRelNames[i] == name) return static_cast<DepRel>(i);
  return 0;
}

DepRel deprel_base(DepRel r) {
  // A table over every DepRel value, built once: the events stage asks for
  // each token's base relation, and the name scan costs ~60 instructions.
  static const auto table = [] {
    std::array<DepRel, 256> t{};
    for (int i = 0; i < 256; ++i) {
      const DepRel d = static_cast<DepRel>(i);
      std::string_view n = deprel_name(d);
      auto colon = n.find(':');
      t[i] = colon == std::string_view::npos ? d : deprel_from_name(n.substr(0, colon));
    }
    return t;
  }();
  return table[r];
}

std::string_view modality_name(Modality m) {
  switch (m) {
    case Modality::kAsserted: return "asserted";
    case Modality::kNegated: return "negated";
    case Modality::kHypothetical: return "hypothetical";
    case Modality::kIntended: return "intended";
    case Modality::kRequested: return "requested";
    case Modality::kDenied: return "denied";
  }
  return "asserted";
}

}  // namespace dyad
