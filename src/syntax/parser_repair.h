// Deterministic repairs of parse errors the greedy parser makes on news
// constructions that its training treebank (UD English EWT, web text) rarely
// shows. Each repair is narrow, checked on EWT dev/test and on the VOA gold
// (models/README.md), and applied by Parser::parse after decoding.
#ifndef DYAD_SYNTAX_PARSER_REPAIR_H_
#define DYAD_SYNTAX_PARSER_REPAIR_H_

#include <cstdint>

#include "dyad/document.h"

namespace dyad {

// "met Lavrov yesterday", "who met Kuleba earlier": the parser makes the name
// a compound of the time word after it ("Lavrov yesterday" as one noun
// phrase) and hangs the time word off the verb. When a noun or name is a
// compound of the time word right after it, the time word's head is a verb
// before them, and that verb has no other object, the name becomes the
// verb's object (an oblique when a preposition heads its phrase: "at my gate
// today") and the time word stays on the verb (as advmod / obl:unmarked, not
// obj). Words [begin, end) of one sentence, heads as document indices.
void repair_time_word_compounds(Document& doc, uint32_t begin, uint32_t end);

// "In April, the military removed Bashir": the parser makes "April" the root
// and the clause after the comma its relative clause. When the root is a
// noun or number with a preposition before it and a comma right after it,
// and its relative clause has a subject and no relative word, the clause's
// verb becomes the root and the fronted phrase its oblique.
void repair_fronted_phrase_roots(Document& doc, uint32_t begin, uint32_t end);

// "Chile's foreign minister Ana Ruiz said": the parser hangs the possessor
// "Chile" on the verb (as a second subject, or nmod:poss of the verb) instead
// of on the subject after its "'s". When a word with a possessive "'s" right
// after it depends on a verb, and the verb's subject begins right after that
// "'s", the word becomes the subject's nmod:poss.
void repair_possessor_on_verb(Document& doc, uint32_t begin, uint32_t end);

// "U.S.-backed forces captured the town", "Iranian-backed militias attacked
// U.S. bases": the parser makes the participle after the hyphen the root,
// the noun after it its object and the real verb a clause below them. When
// the root is a past participle right after a hyphen, its object is a noun
// right after its phrase, and a verb after that noun is a clause of the
// noun (acl) or of the participle (xcomp, ccomp, conj, parataxis), that verb
// becomes the root, the noun its subject and the participle the noun's
// modifier (amod); the participle's other dependents after it move to the
// verb.
void repair_hyphen_participle_roots(Document& doc, uint32_t begin, uint32_t end);

// "asked a U.S. appeals court to block the subpoena", "urged the
// government to resign": the parser hangs the infinitive on the object as
// its clause (acl) instead of on the verb (xcomp), so the request loses what
// it asks for. When a verb of asking, ordering or allowing (lemma list in
// the .cc) has an object or indirect object after it, that object has a
// "to" infinitive after it as acl with no subject of its own, and the verb
// has no xcomp, the infinitive becomes the verb's xcomp and the indirect
// object its object.
void repair_object_control_infinitives(Document& doc, uint32_t begin, uint32_t end);

void repair_acting_title(Document& doc, uint32_t begin, uint32_t end);

}  // namespace dyad

#endif  // DYAD_SYNTAX_PARSER_REPAIR_H_
