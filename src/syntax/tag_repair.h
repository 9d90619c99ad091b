// Deterministic corrections of tagging errors the statistical tagger makes
// on news constructions its training treebank (UD English EWT, web text)
// rarely shows. Applied by Tagger::tag after decoding; each is narrow and
// measured on EWT dev/test (models/README.md).
#ifndef DYAD_SYNTAX_TAG_REPAIR_H_
#define DYAD_SYNTAX_TAG_REPAIR_H_

#include <cstdint>

#include "dyad/document.h"

namespace dyad {

// "Militants attacked a convoy", "rebels later seized the town": after a
// plural or proper noun the tagger often reads a simple past as a past
// participle (VBN), the reduced-relative reading ("militants attacked by
// ..."), and the parser then hangs the verb on the noun. A participle of a
// reduced relative is passive and does not take a direct object, so a VBN
// right after a noun (adverbs between allowed), with no auxiliary before it
// and a noun phrase starting right after it, is a simple past (VBD). Verbs
// that name their object's name ("a group called X", "a man named Y") keep
// VBN. Tokens [begin, end) of one sentence.
void repair_past_participles(Document& doc, uint32_t begin, uint32_t end);

// "Israel would free 150 prisoners", "troops will clear the road": right
// after a modal the tagger sometimes reads a verb that is also an adjective
// (free, clear, open) as the adjective, and the parser then gives the
// clause no verb. An adjective cannot follow a modal without "be", so an
// adjective right after a modal with a noun phrase starting after it is the
// base-form verb (VB). After infinitival "to" the same holds only for such
// homographs ("to free the hostages"; "rose to high levels" stays). Tokens
// [begin, end) of one sentence.
void repair_modal_adjectives(Document& doc, uint32_t begin, uint32_t end);

// "Police fired rubber bullets and stun grenades": the first word of a
// riot-control weapon's name that is also a verb ("stun") is read as one,
// which splits the object list. Before grenade(s), gun(s) or bomb(s) it is
// the compound noun's first part (NN).
void repair_weapon_compounds(Document& doc, uint32_t begin, uint32_t end);

// "Taiwan is open to talks with China", "invited them to talks": "talks"
// after "to" is read as an infinitive (VB), which no base form "talks" can
// be. It is the plural noun (NNS) and "to" its preposition (IN). So is
// "trade" in "to trade talks" (deal, agreement, pact, war, dispute, truce,
// negotiations): the compound's first noun, not an infinitive with its
// object ("to trade barbs" stays a verb). So is "pressure" after a verb of
// yielding ("bowed to pressure", "caved in to pressure") or before "from"
// ("gave in to pressure from the army"); "to pressure Iran" stays a verb.
void repair_talks_after_to(Document& doc, uint32_t begin, uint32_t end);

// "Russia handed over 12 prisoners to Ukraine": "over" right after a verb
// form of "hand" is read as a preposition (IN), so the parser makes the
// handed-over people an oblique and the act loses its object. After the
// verb it is the particle of "hand over" (RP); so is "back" after "hand"
// ("handed back the pilot", "was handed back by Pakistan") and "over"
// after "turn" before a noun phrase ("turned over the suspect to Thai
// police"; "the car turned over" is left alone).
void repair_hand_over_particle(Document& doc, uint32_t begin, uint32_t end);

// "Police shot dead a protester": "shot" before "dead" is read as a noun
// (a compound "police shot"), which leaves the killing with no verb. A
// "shot" right before "dead" is always the verb: no noun phrase "shot
// dead" exists. Past tense (VBD), or participle after a form of
// "be"/"have" (VBN).
void repair_shot_dead(Document& doc, uint32_t begin, uint32_t end);

// A wire dateline ending in a dash at the start of sentence [b, e):
// "ADDIS ABABA, Ethiopia —", "KYIV, Ukraine (AP) —", "WASHINGTON (Reuters)
// -". The first word in capitals; then only words in capitals, capitalised
// words, numbers, commas, periods and parentheses up to the dash, within 12
// tokens; and a place or credit after the capitals (", Ukraine", "(AP)") or
// two words in capitals ("ADDIS ABABA —"), so that "NOTE - ..." is none.
// Returns the dash's token, or e for none.
uint32_t wire_dateline_dash(const Document& doc, uint32_t b, uint32_t e);

// "ADDIS ABABA, Ethiopia — ...": a wire dateline's city in capitals is read
// by its letters ("ADDIS" as a verb in -s). The words in capitals of a
// dateline (wire_dateline_dash) are proper nouns (NNP).
void repair_dateline_capitals(Document& doc, uint32_t begin, uint32_t end);

// "The protesters set fire to buildings": "set" before "fire", "ablaze" or
// "alight" is the verb (VBD; VBN after a form of "be" or "have"), never the
// adjective or noun the tagger may read after a plural noun.
void repair_set_fire(Document& doc, uint32_t begin, uint32_t end);

// "The Israeli military targeted militants", "Sudan's military seized
// power": "military" (or "army", "police") right before a finite verb is
// the noun heading the subject, not an adjective on the verb (a tagger
// error the parser then hangs the subject on).
void repair_military_subject(Document& doc, uint32_t begin, uint32_t end);

// "Troops launched an offensive against the rebels": "offensive" after a
// determiner or modifier and before a preposition, punctuation, a
// conjunction or a verb ends its noun phrase, so it is the noun (a
// campaign), not the adjective ("an offensive remark" keeps JJ: a noun
// follows).
void repair_offensive_noun(Document& doc, uint32_t begin, uint32_t end);

// "Trump's lawyer, Rudy Giuliani, pressed Ukraine to investigate": after an
// appositive the tagger reads a verb of pressing or asking as an adjective
// on the noun after it. A past form of such a verb (pressed, urged, asked,
// ordered, ...) tagged JJ, followed within four words by "to" and a base
// verb, with a name, pronoun or noun phrase between, is the past tense
// (VBD); after a form of "be" the participle (VBN).
void repair_control_verb_adjectives(Document& doc, uint32_t begin, uint32_t end);

// "ECOWAS, the West African regional bloc, imposed sanctions on Mali":
// after a subject and its appositive set off by two commas, the first
// "-ed" word tagged JJ, right after the second comma, before a noun
// phrase, with no verb earlier in the sentence, is the main verb (VBD).
void repair_verb_after_appositive(Document& doc, uint32_t begin, uint32_t end);

// "India demanded that Pakistan hand over the attackers", "insisted that
// Kyiv act first": after a verb of demanding and "that", the base-form verb
// of the mandative clause is read as a noun compounded onto the subject.
// A word tagged NN right after the clause's name or pronoun subject, and
// followed by a preposition, particle, determiner, number, name or
// adjective, is that verb (VB). The verb may stand before a time phrase
// or adverb ("demanded on Friday that", "insisted again that"); names may
// hold hyphens ("President Omar al-Bashir step down"); a subject "the" +
// modifiers + one noun ("that the government release all prisoners") also
// counts; after a name a noun may open the object ("that Iran respect
// freedom of navigation", "that Washington lift sanctions") when the word
// is one of a short list of verbs demanded of states (lift, stop, end,
// release, respect, ...) and no later verb heads the clause.
void repair_mandative_verbs(Document& doc, uint32_t begin, uint32_t end);

// "protesters outside parliament", "crowds outside the embassy": "outside"
// between a noun and a noun phrase is the preposition, not the adjective
// of "outside help" (which follows a determiner, a verb or nothing).
void repair_outside_preposition(Document& doc, uint32_t begin, uint32_t end);

// "urged Russia to de-escalate", "agreed to re-establish ties": a prefixed
// verb (de-, re-, co-, counter-, ...) is rare in the training treebank, so
// after "to" the tagger reads it as a noun ("to de-escalation" would be one)
// and the clause loses its verb. A hyphenated word after "to" whose prefix
// makes verbs and whose stem ends like a verb (-ate, -ize, -ise, -ify,
// -ish) is the base-form verb. Tokens [begin, end) of one sentence.
void repair_prefixed_infinitives(Document& doc, uint32_t begin, uint32_t end);

// "NATO Secretary-General Mark Rutte", "WHO Director-General": a hyphen glued
// between two capitalised words inside a name is a hyphen (HYPH), but the
// tagger, which rarely saw such titles, often reads it as a comma or colon,
// and the parser then splits the name into an apposition and loses the
// clause's subject. So does "WHO" read as the pronoun: an all-capital
// "WHO" or "WHAT" before a capitalised (not all-capital) word is a name
// (NNP). Tokens [begin, end) of one sentence.
void repair_name_hyphens(Document& doc, uint32_t begin, uint32_t end);

// "accused neighboring Ethiopia", "the warring parties", "the ruling
// party": a few -ing words news uses as adjectives before a noun, which the
// tagger reads as verbs (the parser then makes the noun their object), are
// adjectives (JJ) there; not after a form of "be". Tokens [begin, end) of
// one sentence.
void repair_attributive_participles(Document& doc, uint32_t begin, uint32_t end);

// "recognized Gonzalez as the winner and imposed sanctions on 16
// officials": after "and"/"but" following a finite verb, a listed past form
// of an event verb before a noun phrase is the clause's second verb (VBD),
// not an adjective of the noun ("armed groups" and other common adjectives
// are not listed). Tokens [begin, end) of one sentence.
void repair_coordinated_past(Document& doc, uint32_t begin, uint32_t end);

// "at a Security Council meeting this week", "after a cabinet briefing":
// an -ing word that news uses as an event noun (meeting, briefing, hearing,
// summit-style gatherings; listed in the .cc), right after a singular noun
// or name that follows a determiner or possessive, is the phrase's head
// noun (NN) when no object follows it (the next word starts no noun
// phrase, or only a time phrase: "this week"). "a soldier killing a
// civilian" keeps its verb; a plural before it ("the ministers meeting")
// is left alone. Tokens [begin, end) of one sentence.
void repair_event_gerund_nouns(Document& doc, uint32_t begin, uint32_t end);

// "Human Rights Watch urged ...": a capitalised word inside a name that is
// also a verb (Watch, Say, Act...) is read as the verb, and the clause
// loses its subject. In running text (the sentence has at least three
// lower-case words, so not a title-case headline), a capitalised word
// after the first that is tagged as a verb or modal right after a
// capitalised noun or adjective is part of that name (NNP). Runs before
// repair_past_participles, whose noun test then sees the name.
void repair_capitalized_name_verbs(Document& doc, uint32_t begin, uint32_t end);

// "Trump called Schiff a liar": a surname that is also a common word,
// opening the sentence before a verb and a name, is a name (the .cc).
void repair_initial_names(Document& doc, uint32_t begin, uint32_t end);

// "called the firing a disgrace": a gerund after a determiner with no
// object after it is a noun (the .cc).
void repair_determined_gerunds(Document& doc, uint32_t begin, uint32_t end);

// "Both Pakistan and China reject claims that ...": after a sentence-initial
// "both" and two coordinated names, the tagger reads the clause's present-
// tense verb as a noun compounded onto the names, and the sentence loses
// its verb. A lower-case word tagged NN right after "Both NAME and NAME",
// followed by a word that opens a noun phrase or a phrase (determiner,
// possessive, adjective, plural noun, number, preposition, name, adverb), is
// that verb (VBP): "both" pairs the names as one subject, which no noun
// after them can extend. Tokens [begin, end) of one sentence.
void repair_both_names_verbs(Document& doc, uint32_t begin, uint32_t end);

}  // namespace dyad

#endif  // DYAD_SYNTAX_TAG_REPAIR_H_
