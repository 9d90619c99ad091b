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
// object its object. So does a "to" infinitive after the object that the
// parser hung on the verb as a clause of purpose (advcl).
void repair_object_control_infinitives(Document& doc, uint32_t begin, uint32_t end);

// "Afghanistan's foreign ministry called Pakistan's assertions baseless":
// the parser may make the subject noun the root and hang the finite verb on
// it (or on a noun of its phrase) as a clause (acl). When the root is a noun
// or name, a finite past verb (VBD) after it is an acl of a word of the
// root's phrase and has no subject of its own, and no word between them
// hangs outside the root's phrase, the verb becomes the root, the noun its
// subject, and the root's dependents after the verb move to the verb. So
// does a verb with a tensed auxiliary and no subject or mark hung there as
// a clause (acl or advcl): "sanctions bills proposing measures against
// Turkey [are pending] in Congress".
void repair_finite_verb_under_noun_root(Document& doc, uint32_t begin, uint32_t end);

// "called Pakistan's assertions baseless", "branded the vote a sham": the
// parser may read the object and its predicate as a clause of their own
// (the object the subject of the adjective, the adjective a clause of the
// verb). For a verb of naming or judging (call, label, brand, deem,
// consider, term, dub, declare) with a child adjective or noun after it
// (hung on the verb itself) whose subject (nsubj) lies between them and
// that has no copula, the subject becomes the verb's object and the
// predicate its xcomp.
void repair_small_clause_objects(Document& doc, uint32_t begin, uint32_t end);

// "Araghchi said Israel had violated Syria's sovereignty and accused the
// United States of ...": the parser joins the second verb to the nearest
// one, inside the reported clause, so the reported subject seems to
// accuse. Coordinated verbs share their tense; a simple past (VBD) with no
// subject or auxiliary of its own, conjoined to a verb that has a
// perfect, progressive or modal auxiliary ("had violated", "is
// building", "would attack") and that is the content clause (ccomp) of a
// simple-past verb of saying, is that saying verb's conjunct.
void repair_conjunct_across_report(Document& doc, uint32_t begin, uint32_t end);

// "said the vessel had illegally intruded into Chinese waters": the parser
// may read "had" as the main verb and the participle as its complement
// (xcomp), or leave a passive subject on an active perfect ("the vessel had
// intruded" with the vessel as nsubj:pass). When "have" heads a past
// participle (xcomp) right after it (adverbs and quotation marks between)
// and has no object, "have" becomes the participle's auxiliary and the
// participle takes its place and dependents. A passive subject (nsubj:pass)
// of a participle with no passive auxiliary (be, get) becomes its subject.
void repair_perfect_have(Document& doc, uint32_t begin, uint32_t end);

// "The Interior Ministry said police detained 100 people": the parser makes
// the reported clause's subject the object of "said" and its verb a clause
// on that noun (acl). "Say" takes no such object; a past-tense verb hung on
// it as acl, with an object and no subject of its own, after a bare subject
// noun right behind "said" (or behind "said" and a determiner), is the
// reported clause: it becomes the ccomp of "say" and the noun its subject.
void repair_said_subject_as_object(Document& doc, uint32_t begin, uint32_t end);

// "Myanmar's military seized power": the tagger reads "military" after a
// possessive as an adjective and the parser hangs it on the verb as advmod,
// so the verb loses its subject. An adjective between a possessive "'s" and
// a finite verb (VBD, VBZ, VBP) that it depends on is that verb's subject
// noun, and the possessor its possessor.
void repair_possessive_adjective_subject(Document& doc, uint32_t begin, uint32_t end);

// "Sweeping new sanctions against Turkey are pending in Congress", "Rising
// tensions are worrying investors": the parser may read a sentence-initial
// participle as a clause (advcl) whose object is the plural noun after it,
// leaving the verb with no subject. When the verb has no subject and a
// plural present auxiliary ("are", "have") after that noun, and the noun is
// plural (a gerund subject takes "is": "Attacking civilians is a crime"),
// the participle modifies the noun (amod) and the noun is the subject.
void repair_initial_participle_subject(Document& doc, uint32_t begin, uint32_t end);

// "The BLA had warned a day earlier that it would execute ...": the parser
// hangs the content clause on the time adverb between the verb and it
// ("earlier", "later", "ago": advmod of the verb). A clause complement
// (ccomp) of such an adverb is the verb's.
void repair_clause_on_time_adverb(Document& doc, uint32_t begin, uint32_t end);

// "clashes between police and students protesting against quotas": a
// gerund-participle (VBG) clause right after the last conjunct of a noun
// coordination, hung by the parser on the first conjunct, describes the
// conjunct it follows (the students protest, not the police).
void repair_participle_on_last_conjunct(Document& doc, uint32_t begin, uint32_t end);

void repair_acting_title(Document& doc, uint32_t begin, uint32_t end);

// "the National Security Committee, which closed the border": the parser
// may hang a non-restrictive relative clause on the main verb (parataxis,
// conj, advcl or ccomp) instead of on the noun before the comma, so its
// "which"/"who" names nothing. When "which" or "who" right after a comma
// is the subject of a verb attached that way, and a noun or name ends the
// phrase before the comma, the clause becomes that noun's relative clause
// (acl:relcl).
void repair_nonrestrictive_relatives(Document& doc, uint32_t begin, uint32_t end);

// "The Pentagon, which oversees the operation, declined to comment", "ICE
// and DHS, which has been spearheading deportations, have declined to
// respond": the parser may read a non-restrictive relative clause as the
// main clause (the noun before the comma its subject beside "which", or the
// root with the clause on it) and hang the real verb after the second comma
// inside it (an acl of the clause's object, a conjunct) or make the clause
// an adverbial of it with the noun left in the clause. When "which"/"who"
// after a comma is the subject of a verb whose words all end at a second
// comma, the noun before (or the coordination it ends) hangs on that verb or
// is the root, and after the second comma comes a finite verb (or one with
// auxiliaries) with no subject, marker or coordinator of its own, that verb
// takes the clause's place with the noun phrase as subject, and the clause
// becomes the noun's relative clause (acl:relcl). "Iran, which denies X,
// rejected Y" read right is left alone (Iran is already the verb's subject).
void repair_relative_clause_main_verb(Document& doc, uint32_t begin, uint32_t end);

// "Jordan had admitted more than 1.4 million Syrian refugees": the parser
// may label an active verb's object an agent (obl:agent) with no "by". A
// noun so labelled with no preposition of its own, after an active verb
// (no passive auxiliary or subject) that has its subject before it and no
// object, is its object ("clients include jailed publisher Jimmy Lai").
void repair_agent_without_by(Document& doc, uint32_t begin, uint32_t end);

// "Taiwan called on Beijing to stop its provocations": the parser may read
// "on" as the subordinator of a "for X to V" clause (mark of "stop", with
// "Beijing" its subject), so the appeal loses its addressee. A "to"
// infinitive right under "call"/"prevail" whose mark "on"/"upon" follows the
// verb directly and precedes the infinitive's subject is "call on X"
// (X an oblique of the verb, "on" its case) with the infinitive the appeal.
void repair_call_on_subject(Document& doc, uint32_t begin, uint32_t end);

// "Militants linked to al-Qaeda killed 10 soldiers", "The junta led by
// Colonel Goita seized power": the parser may read the participle of a
// reduced relative (linked, led, backed, allied ... + by/to/with) as the
// main verb, with the real verb a conjunct, a parataxis or even a passive
// auxiliary of it. When the participle has the noun before it as subject,
// its by/to/with phrase and nothing else (no auxiliary, object, other
// subject) up to that verb, and the verb has no subject, marker or
// coordinator of its own, the verb becomes the clause head with the noun as
// subject and the participle an acl of the noun.
void repair_reduced_relative_subject(Document& doc, uint32_t begin, uint32_t end);

// "Somali soldiers, supported by clan militias, are conducting operations
// against X": with the participle set off by commas the parser may make it
// the clause head, leaving the subject noun before the first comma as its
// dependent (vocative, subject) and the real verb after the second comma a
// conjunct or parataxis of it. When a noun (not a pronoun; or the head of
// a noun phrase ending there: "A group of physicians, alarmed that ...") is
// followed by ", VBN" (or a VBD so misread) whose by/with/in/from phrase, or
// the that/about/over/at complement of a participle of feeling, runs (every
// word hanging on the participle) to a second comma, and the first verb after that comma hangs on the
// participle with no subject, marker or coordinator of its own but with an
// auxiliary or a finite tag, the verb becomes the clause head with the noun
// as subject, and the participle an acl of the noun.
void repair_comma_participle_subject(Document& doc, uint32_t begin, uint32_t end);

// "Russian forces shelled Kharkiv, killing three civilians, Ukrainian
// officials said": the parser may hang the comma-led participle on the
// trailing speech verb ("said") instead of on the reported clause before
// it, so the killing becomes the officials' act. A participle (VBG, advcl,
// right after a comma, no subject of its own, no speech verb itself) that
// lies between the speech verb's content clause (a ccomp before it) and the
// speech verb goes to the content clause.
void repair_participle_across_report(Document& doc, uint32_t begin, uint32_t end);

// "an investigation into President Donald Trump on Tuesday": the parser may
// make the preposition the head of its phrase (nmod of the noun) with the
// name an oblique under it. A preposition (IN) attached as nmod or obl
// whose first nominal dependent after it has no case marker of its own
// becomes that dependent's case marker, and the dependent takes the
// preposition's place.
void repair_preposition_as_head(Document& doc, uint32_t begin, uint32_t end);

// 'Kishida called the launch "absolutely unacceptable."': a quotation mark
// before the verdict makes the parser hang a quoted adjective or noun on
// the verb of calling as an adverbial clause (or parataxis). After the
// object of call, label, brand, dub or term, with only quotation marks and
// adverbs between the object's phrase and it, it is the open complement
// (xcomp) that says what the object is called.
void repair_quoted_verdict(Document& doc, uint32_t begin, uint32_t end);

// "A protester was shot dead by police", "were found guilty by a court":
// the parser hangs the passive's by-agent on the adjective complement
// (xcomp) after the participle. An obl:agent whose head is an adjective
// that is the xcomp of a passive participle (one with aux:pass or
// nsubj:pass) is the participle's agent.
void repair_agent_on_passive_complement(Document& doc, uint32_t begin, uint32_t end);

// "A lawsuit was filed against Kenya by Uganda", "was attacked in Kabul by
// the Taliban": the parser hangs the passive's by-phrase on the proper name
// of the oblique before it (nmod). A proper name takes no "by" phrase of its
// own, so a "by" nmod on a proper-name oblique of a passive participle (one
// with aux:pass or nsubj:pass and no agent) is the participle's agent. (A
// common noun keeps its by-phrase: "filed against the decision by the
// court" may be the court's decision.)
void repair_agent_on_oblique_name(Document& doc, uint32_t begin, uint32_t end);

// "Police detained 40 suspected Islamic State members": the parser makes
// the number the object and "suspected" a participle clause on it whose
// object is the noun. A number (CD) object with an acl child
// "suspected"/"alleged"/"presumed" that has a noun object right after it
// is the noun's count: the noun becomes the verb's object, the number its
// nummod and the participle its amod; the participle's other dependents
// go to the verb.
void repair_suspected_count(Document& doc, uint32_t begin, uint32_t end);

// "said in a speech on Wednesday that America and Israel were ...": the
// parser reads the content clause as a relative clause on the last noun
// with "that" as its subject, although the clause has a subject of its
// own. A relative clause (acl:relcl) whose "that" is nsubj beside another
// nominal subject is a content clause: "that" becomes its mark and the
// clause a ccomp of the verb the noun's phrase hangs on (up through
// nmod/obl heads).
void repair_content_clause_as_relative(Document& doc, uint32_t begin, uint32_t end);

// "Jihadists linked to al-Qaida killed 40 soldiers", "militants loyal to
// X stormed": the parser takes the participle of a link ("linked",
// "tied", "affiliated", "allied", "aligned", "connected", "backed") as the
// main verb and hangs the real one on its "to/with/by" phrase as a clause
// (acl). When the root is such a word with a subject, and a past verb with
// an object of its own hangs as acl under the root's to/with/by phrase,
// the later verb becomes the root, the subject its subject, and the link
// word a participle (acl) on the subject.
void repair_linked_garden_path(Document& doc, uint32_t begin, uint32_t end);

// "Turkey will lift its veto provided Sweden extradites the men": the
// parser reads the conditional "provided"/"providing" as a verb taking
// "Sweden" as object and hangs the real verb on it. A "provided" with no
// subject or auxiliary of its own, followed (after an optional "that") by
// a short noun phrase and a finite verb, becomes that verb's mark; the
// noun phrase its subject, the verb an adverbial clause (advcl) of what
// "provided" hung on. The coder reads the clause as a condition.
void repair_conditional_provided(Document& doc, uint32_t begin, uint32_t end);

// "The foreign ministry said in a statement that the United States had
// violated the treaty", "told reporters at a news conference that ...":
// the parser hangs the content clause on the noun of the phrase that says
// where the words were said (acl of "statement"). A clause (acl) on such a
// noun (statement, interview, letter, conference, social media ...) that
// is an "in/at/on/during" phrase of a verb of saying with no clause of its
// own, with a "that" mark or a subject of its own (no relative pronoun),
// is that verb's content clause (ccomp).
void repair_clause_on_statement_phrase(Document& doc, uint32_t begin, uint32_t end);

}  // namespace dyad

#endif  // DYAD_SYNTAX_PARSER_REPAIR_H_
