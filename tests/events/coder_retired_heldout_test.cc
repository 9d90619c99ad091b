// Kinds of error found on the VOA stories retired from the held-out set to
// dev (tests/gold/voa-dev-c.jsonl, 2026-11-30): stories no rule had been
// written for. Sentences are invented; each rule has its near miss that
// must still be coded. Skips when a model is missing.
#include <gtest/gtest.h>

#include "events/pipeline_test_util.h"

namespace dyad {
namespace {

using namespace pipetest;  // code_text, describe, find, find_code, NEED_MODELS

// The words of mention m (-1: none).
std::string words(const Document& d, int m) {
  if (m < 0) return "";
  const ActorMention& a = d.mentions[m];
  return d.text.substr(d.tokens[a.token_begin].begin, d.tokens[a.token_end - 1].end - d.tokens[a.token_begin].begin);
}

// event_stage.cc code_predicate(): the speaker of a quotation is the source
// of a subjectless clause in it, but not of a passive one.
TEST(CoderRetiredHeldout, AQuotedPassiveIsNotTheSpeakersAct) {
  NEED_MODELS();
  Document d = code_text(
      "Militants attacked a market in Mosul on Sunday. \"Twelve people were killed and many more were wounded,\" "
      "Iraqi lawmaker Karim Hassan said.");
  for (const Event& e : d.events)
    EXPECT_FALSE(words(d, e.source).find("Hassan") != std::string::npos) << describe(d);
  // An official announcing a measure of their own side's is its source.
  Document measure = code_text(
      "\"Two British journalists have been expelled,\" Taliban spokesman Zabihullah Mujahid said.", "2024-08-21");
  EXPECT_TRUE(find(measure, "AFG", "GBRMED", "17")) << describe(measure);
  // A subjectless active clause is still the speaker's.
  Document own = code_text("\"Will never negotiate with terrorists,\" the Iraqi prime minister said of the Islamic State.");
  EXPECT_TRUE(find_any_modality(own, "IRQGOV", "INS", "046")) << describe(own);
}

// event_stage.cc code_predicate(): an object "it" of a reported attack is
// the speaker only when the speaker is a body that can be "it".
TEST(CoderRetiredHeldout, ItIsNeverAPersonSpeaker) {
  NEED_MODELS();
  Document d = code_text(
      "Local elders were meeting at a hotel in Kismayo, Somali lawmaker Ahmed Nur said. \"Gunmen stormed it at "
      "dawn,\" Nur said.");
  for (const Event& e : d.events)
    EXPECT_FALSE(words(d, e.target).find("Nur") != std::string::npos) << describe(d);
  // A state reporting an attack on itself is the target.
  Document state = code_text("Kenya said al-Shabab militants attacked it from Somalia.");
  EXPECT_TRUE(find(state, "SOM", "KEN", "1")) << describe(state);
}


// arguments.cc prep_phrases(): a phrase hung on a directional adverb
// ("back to prison") is the verb's.
TEST(CoderRetiredHeldout, OrderedBackToPrisonIsADetention) {
  NEED_MODELS();
  Document d = code_text("A Honduran judge ordered Honduran journalist Luis Mejia back to prison on Monday.");
  EXPECT_TRUE(find(d, "HNDJUD", "HNDMED", "173")) << describe(d);
  EXPECT_FALSE(find_code(d, "10")) << describe(d);
}

// event_stage.cc emit(): restrictions a state's own authorities impose on
// its people are administrative sanctions (172); on another state's
// people or firms they stay sanctions (163).
TEST(CoderRetiredHeldout, RestrictionsOnOnesOwnPeopleAreAdministrativeSanctions) {
  NEED_MODELS();
  Document home = code_text("The Iranian government has imposed strict restrictions on Iranian journalists.");
  EXPECT_TRUE(find(home, "IRNGOV", "IRNMED", "172")) << describe(home);
  EXPECT_FALSE(find_code(home, "163")) << describe(home);
  Document abroad = code_text("The Iranian government has imposed strict restrictions on British journalists.");
  EXPECT_TRUE(find(abroad, "IRNGOV", "GBRMED", "163")) << describe(abroad);
  Document tariffs = code_text("The Iranian government has imposed new tariffs on Iranian farmers.");
  EXPECT_FALSE(find_code(tariffs, "172")) << describe(tariffs);
}

// event_stage.cc clause_modality(): envoys sent to attend or meet make the
// sender's visit once the sending is done.
TEST(CoderRetiredHeldout, ADelegationSentToAttendIsAVisitMade) {
  NEED_MODELS();
  Document done = code_text("The Japanese government sent a delegation to attend the inauguration of South Korea's new president.");
  EXPECT_TRUE(find_any_modality(done, "JPNGOV", "KORGOV", "04")) << describe(done);
  EXPECT_FALSE(find_code(done, "036", Modality::kIntended)) << describe(done);
  Document planned = code_text("The Japanese government will send a delegation to attend the inauguration of South Korea's new president.");
  EXPECT_FALSE(find_code(planned, "04")) << describe(planned);
}

// event_stage.cc emit(): military force by an armed group that is no state
// force on civilians is unconventional violence (18), whatever the verb.
TEST(CoderRetiredHeldout, ArmedGroupsForceOnCiviliansIsUnconventional) {
  NEED_MODELS();
  Document d = code_text("Boko Haram militants attacked Nigerian villagers in Borno state on Sunday.");
  EXPECT_TRUE(find(d, "NGA", "NGACVL", "180")) << describe(d);
  Document army = code_text("Boko Haram militants attacked Nigerian soldiers in Borno state on Sunday.");
  EXPECT_TRUE(find(army, "NGA", "NGAMIL", "19")) << describe(army);
}

// event_stage.cc emit(): coordinated verbs of one root are one act only on
// the same target mention.
TEST(CoderRetiredHeldout, TwoCoordinatedActsOnTwoTargetsAreTwoEvents) {
  NEED_MODELS();
  Document d = code_text(
      "Guatemalan journalist Jose Zamora founded the newspaper elPeriodico in Guatemala in 1996. In 2022, Guatemalan "
      "authorities arrested Zamora and later froze the newspaper's assets.");
  EXPECT_TRUE(find(d, "GTMGOV", "GTMMED", "173")) << describe(d);
  EXPECT_TRUE(find(d, "GTMGOV", "GTMMED", "1711")) << describe(d);
  // One act, two verbs: coded once.
  Document one = code_text("Syrian soldiers shot and killed three Turkish border guards on Monday.");
  EXPECT_EQ(count_root(one, "19") + count_root(one, "18"), 1) << describe(one);
}

// arguments.cc subjects(): an infinitive on the object of a judging verb
// (&judge-verb) is someone else's act.
TEST(CoderRetiredHeldout, TheActAJudgeSlamsIsNotTheJudges) {
  NEED_MODELS();
  Document d = code_text("Sen. Lindsey Graham slammed the decision to withdraw American troops from Syria.");
  EXPECT_FALSE(find_any_modality(d, "USALEG", "SYR", "08")) << describe(d);
  // A purpose on one's own act is still one's own.
  Document own = code_text("The Turkish army launched an operation to attack Kurdish fighters in Syria.");
  EXPECT_TRUE(find_any_modality(own, "TURMIL", "SYR", "19")) << describe(own);
}

// event_stage.cc emit(): "attacked" in a speech, on Twitter, with a
// "calling him ..." participle, or by one leader on another is words (111).
TEST(CoderRetiredHeldout, AnAttackInWordsIsCriticism) {
  NEED_MODELS();
  for (const char* s : {"President Erdogan attacked Macron on Twitter.",
                        "President Trump attacked Nancy Pelosi in a speech, calling her a disgrace.",
                        "President Erdogan attacked President Macron on Monday."}) {
    Document d = code_text(s, "2019-11-20");
    EXPECT_TRUE(find_code(d, "111")) << s << "\n" << describe(d);
    EXPECT_FALSE(find_code(d, "19")) << s << "\n" << describe(d);
  }
  Document force = code_text("President Putin attacked Ukraine in February.");
  EXPECT_TRUE(find(force, "RUS", "UKR", "19")) << describe(force);
}

// actor_stage.cc: the object of a participle right after a comma is not
// the clause's subject ("Trump attacked X, calling him corrupt").
TEST(CoderRetiredHeldout, AParticiplesObjectPronounIsNotItsSubject) {
  NEED_MODELS();
  Document d = code_text("President Trump attacked the congressman in a speech, calling him corrupt.", "2019-11-20");
  for (const ActorMention& m : d.mentions)
    if (m.entry.starts_with("pronoun:him")) EXPECT_NE(m.actor.code, "USAGOV") << describe(d);
}

// quotes.cc label_quotes(), event_stage.cc transcript_label()/addressee():
// an interview transcript's labels name who speaks; "I" is the label's
// speaker, "you" in a question the one who answers, and the label is no
// argument.
TEST(CoderRetiredHeldout, ATranscriptsLabelsNameItsSpeakers) {
  NEED_MODELS();
  const std::string t =
      "A former German foreign minister, Klaus Weber, visited Seoul last week. He spoke to VOA.\n\n"
      "VOA: During your visit, you met with South Korean President Yoon Suk Yeol.\n\n"
      "Klaus Weber, former German foreign minister: I met President Yoon on Monday. We discussed trade.\n\n"
      "VOA: Two days later, North Korea conducted military drills near the border.\n\n"
      "Weber: Those drills were expected.";
  Document d = code_text(t, "2024-06-01");
  EXPECT_TRUE(find(d, "DEUELI", "KORGOV", "04")) << describe(d);
  for (const Event& e : d.events)
    EXPECT_FALSE(e.source >= 0 && d.mentions[e.source].actor.code == "USAMED") << describe(d);
  // One "Note:" line is no transcript.
  Document note = code_text("Note: Germany condemned the North Korean missile test on Monday.", "2024-06-01");
  EXPECT_TRUE(find(note, "DEU", "PRK", "111")) << describe(note);
}

// event_stage.cc code_predicate(): an appeal to release a person is made to
// whoever the document said holds them; "X's release" is "the release of X".
TEST(CoderRetiredHeldout, AnAppealForReleaseGoesToTheHolder) {
  NEED_MODELS();
  Document d = code_text(
      "Russian police detained American journalist Evan Smith in Moscow. The United States called for Smith's "
      "release.");
  EXPECT_TRUE(find(d, "USA", "RUS", "0253")) << describe(d);
  EXPECT_FALSE(find(d, "USA", "USAMED", "0253")) << describe(d);
  // Nobody said to hold them: the person stays the target.
  Document none = code_text("The United States called for the release of American journalist Evan Smith.");
  EXPECT_TRUE(find(none, "USA", "USAMED", "0253")) << describe(none);
}

// arguments.cc subjects(): a gerund adjunct of a passive is done by the
// passive's surface subject, not its (unsaid) agent.
TEST(CoderRetiredHeldout, AGerundAfterAPassiveIsItsSubjectsAct) {
  NEED_MODELS();
  Document d = code_text("Iranian journalist Reza Karimi was freed after apologizing to President Pezeshkian.", "2025-03-01");
  EXPECT_TRUE(find_any_modality(d, "IRNMED", "", "055") || find_any_modality(d, "IRNMED", "IRNGOV", "055"))
      << describe(d);
  // An expletive "it" is no subject: "after requesting X ..., it was decided".
  Document it = code_text(
      "After repeatedly asking Iran to free the journalist, it was decided that France would recall its ambassador.",
      "2025-03-01");
  for (const Event& e : it.events)
    EXPECT_FALSE(e.source >= 0 && it.mentions[e.source].entry.find("it") == 0) << describe(it);
}

// actor_stage.cc find_context(): a state's own parties and bodies count
// toward the story's state as its leaders do; armed groups do not.
TEST(CoderRetiredHeldout, PartiesTellWhoseStoryItIs) {
  NEED_MODELS();
  Document d = code_text(
      "Rep. Jamie Raskin, a Democrat, spoke on Monday. He accused House Republicans of interfering in a criminal "
      "case. Republicans rejected the charge and Attorney General Merrick Garland stayed silent.",
      "2023-06-20");
  EXPECT_TRUE(find(d, "USALEG", "USA", "112")) << describe(d);
}

// event_stage.cc emit(): a people named by a bare plural demonym makes no
// visit; its leaders do.
TEST(CoderRetiredHeldout, APeopleArrivingMakesNoVisit) {
  NEED_MODELS();
  Document d = code_text("Thousands of Syrians arrived in Turkey in 2015.");
  EXPECT_FALSE(find_code(d, "04")) << describe(d);
  Document leader = code_text("Syrian President Bashar al-Assad arrived in Russia on Tuesday.", "2019-06-01");
  EXPECT_TRUE(find(leader, "SYRGOV", "RUS", "042")) << describe(leader);
}

// event_stage.cc stance_blocked(): wrongdoing named as what is to be kept
// away ("free from interference") is no accusation.
TEST(CoderRetiredHeldout, FreedomFromInterferenceIsNoCharge) {
  NEED_MODELS();
  Document d = code_text(
      "\"We urge the Guatemalan authorities to guarantee him a fair trial, free from undue interference,\" "
      "Amnesty International said.");
  EXPECT_FALSE(find_code(d, "112")) << describe(d);
  EXPECT_TRUE(find_code(d, "02")) << describe(d);
}

// actor_stage.cc: "Rep." and "Sen." before a name are the US style, unless a
// state that writes them too dominates the story.
TEST(CoderRetiredHeldout, RepAndSenBeforeANameAreUSLegislators) {
  NEED_MODELS();
  Document d = code_text("President Trump spoke on Monday. Sen. Mitt Romney criticized the president's decision on Syria.",
                         "2019-11-20");
  EXPECT_TRUE(find(d, "USALEG", "USAGOV", "111")) << describe(d);
  Document phl = code_text(
      "Philippine Sen. Ronald dela Rosa criticized President Ferdinand Marcos on Monday. The Philippine senator said "
      "Manila must not follow the United States. Sen. dela Rosa said Marcos was weak.",
      "2024-03-01");
  for (const ActorMention& m : phl.mentions) EXPECT_NE(m.actor.code, "USALEG") << describe(phl);
}

// actor_stage.cc: "leaders of Egypt's Muslim Brotherhood" lead the
// organisation, not Egypt; plural leaders take the body they lead too.
TEST(CoderRetiredHeldout, LeadersOfAStatesOrganisationAreTheOrganisations) {
  NEED_MODELS();
  Document d = code_text("Qatar pledged to expel leaders of Egypt's Muslim Brotherhood.", "2014-09-01");
  for (const ActorMention& m : d.mentions) EXPECT_NE(m.actor.code, "EGYGOV") << describe(d);
  Document state = code_text("Qatar welcomed the leaders of Egypt on Monday.", "2014-09-01");
  bool egygov = false;
  for (const ActorMention& m : state.mentions) egygov = egygov || m.actor.code == "EGYGOV";
  EXPECT_TRUE(egygov) << describe(state);
}

// event_stage.cc code_predicate(): a protest held in a foreign capital is
// aimed at that government; at home it stays untargeted.
TEST(CoderRetiredHeldout, AProtestInAForeignCapitalTargetsItsGovernment) {
  NEED_MODELS();
  Document d = code_text("British activists staged a protest in Beijing on Wednesday.", "2008-08-06");
  EXPECT_TRUE(find(d, "GBR", "CHNGOV", "14")) << describe(d);
  Document home = code_text("Thousands of Sudanese protesters rallied in Khartoum on Sunday.", "2019-06-01");
  EXPECT_TRUE(find(home, "SDN", "", "14")) << describe(home);
}

// actor_stage.cc place mentions, event_stage.cc place_target_ok(): a city
// or province is its state as the target of force, coercion or a visit,
// never where an act happened nor an actor.
TEST(CoderRetiredHeldout, ACityIsItsStateAsWhatForceIsDoneTo) {
  NEED_MODELS();
  Document d = code_text("Russian forces pounded Kharkiv with missiles overnight.", "2024-05-16");
  EXPECT_TRUE(find(d, "RUSMIL", "UKR", "19")) << describe(d);
  Document assault = code_text("The battles were provoked by the US assault on Fallujah.", "2004-11-11");
  EXPECT_TRUE(find(assault, "USA", "IRQ", "19")) << describe(assault);
  // Where, not what: no target, and the place is the event's place.
  Document where = code_text("In the eastern city of Baqubah, Iraqi guerrillas detonated a car bomb.", "2004-01-14");
  for (const Event& e : where.events) {
    EXPECT_LT(e.target, 0) << describe(where);
    EXPECT_EQ(e.place_country, "IRQ") << describe(where);
  }
  // Not a target of words, nor a source.
  Document words = code_text("The Iranian minister criticized Kharkiv.", "2024-05-16");
  EXPECT_FALSE(find_code(words, "11")) << describe(words);
}

// arguments.cc interrupted_subject(): a participle phrase set off by commas
// between the subject and its verb does not lose the subject.
TEST(CoderRetiredHeldout, AParticiplePhraseBetweenSubjectAndVerbKeepsTheSubject) {
  NEED_MODELS();
  Document d = code_text(
      "German Chancellor Olaf Scholz, speaking in Berlin, promised another 500 million euros in military aid to Kyiv.",
      "2024-05-16");
  EXPECT_TRUE(find_any_modality(d, "DEUGOV", "UKR", "03")) << describe(d);
}

// event_stage.cc: "A and B exchanged fire" is mutual (the object is the
// pattern's own word); a finite conjunct does not share "would not".
TEST(CoderRetiredHeldout, ExchangedFireAndAFiniteConjunct) {
  NEED_MODELS();
  Document d = code_text("India and Pakistan exchanged fire overnight.", "2023-07-12");
  EXPECT_TRUE(find(d, "IND", "PAK", "190")) << describe(d);
  EXPECT_TRUE(find(d, "PAK", "IND", "190")) << describe(d);
  Document conj = code_text(
      "Kenyan President William Ruto said his government would not back down and warned Kenyan opposition protesters "
      "against violence.",
      "2023-07-12");
  EXPECT_TRUE(find(conj, "KENGOV", "KENOPP", "13")) << describe(conj);
  // A base-form conjunct still shares it: "will not meet X or sign".
  Document shared = code_text("Kenya will not meet Somalia or sign the deal.", "2023-07-12");
  EXPECT_FALSE(find(shared, "KEN", "SOM", "04")) << describe(shared);
}

// dateline.cc, arguments.cc subjects(): a hyphen inside a title is no
// dateline dash; a subject the parser hung on the dateline is found past it.
TEST(CoderRetiredHeldout, DatelinesNeitherEatTitlesNorSubjects) {
  NEED_MODELS();
  Document nato = code_text("NATO Secretary-General Mark Rutte criticized Russia.", "2024-11-20");
  EXPECT_TRUE(find(nato, "IGOWSTNAT", "RUS", "111")) << describe(nato);
  Document kyiv = code_text("KYIV, Ukraine — Russia attacked Ukraine on Monday.", "2024-11-20");
  EXPECT_TRUE(find(kyiv, "RUS", "UKR", "19")) << describe(kyiv);
  // The dateline's place is still no actor.
  for (const Event& e : kyiv.events) EXPECT_NE(kyiv.mentions[e.source].actor.code, "UKRGOV") << describe(kyiv);
}

// tag_repair.cc repair_name_hyphens(): "WHO" before a name is the WHO.
TEST(CoderRetiredHeldout, TheWhoIsNoPronoun) {
  NEED_MODELS();
  Document d = code_text("WHO Director-General Tedros Adhanom Ghebreyesus criticized China.", "2024-11-20");
  EXPECT_TRUE(find(d, "IGOUNOHLHWHO", "CHN", "111")) << describe(d);
}

// event_stage.cc code_nominal(): "in a warning to X" hung on a clause is
// the clause subject's warning.
TEST(CoderRetiredHeldout, InAWarningToXIsTheSpeakersWarning) {
  NEED_MODELS();
  Document d = code_text(
      "\"We will not allow anyone to threaten our sovereignty,\" Chinese Defense Minister Dong Jun said at a forum "
      "in Beijing, in a thinly veiled warning to the United States.",
      "2024-11-20");
  EXPECT_TRUE(find(d, "CHN", "USA", "13")) << describe(d);
  // A warning no one issued stays no event of the clause's subject.
  Document weather = code_text("Chinese fishermen stayed home after a warning of storms.", "2024-11-20");
  EXPECT_FALSE(find_code(weather, "13")) << describe(weather);
}

// 00-sets.txt &anaphor-14, event_stage.cc one_camp(): a reaction to "the
// protests" is aimed at the protesters, also by their own government; a
// finite verb the parser coordinated with a noun shares its clause's
// subject.
TEST(CoderRetiredHeldout, ReactionsToProtestsAndAVerbCoordinatedWithANoun) {
  NEED_MODELS();
  Document d = code_text(
      "Thousands of Serbian students protested in Belgrade on Sunday. The Serbian president condemned the protests.",
      "2024-12-02");
  EXPECT_TRUE(find(d, "SRBGOV", "SRB", "111")) << describe(d);
  Document conj = code_text(
      "The U.S. State Department said it was \"alarmed\" by the violence and called on Georgian authorities to "
      "respect the right to peaceful assembly.",
      "2024-12-02");
  EXPECT_TRUE(find(conj, "USAGOV", "GEO", "02")) << describe(conj);
}

// event_stage.cc emit(): coercion by a state's own police, courts, forces or
// government falls on people in its hands: an unplaced target is that
// state's (on the event; the mention keeps its code).
TEST(CoderRetiredHeldout, PeopleAStateArrestsAreItsPeople) {
  NEED_MODELS();
  Document d = code_text("Police in Kenya arrested two journalists.", "2023-08-31");
  bool found = false;
  for (const Event& e : d.events) {
    const Actor* t = d.target_actor(e);
    found = found || (e.cameo == "173" && t && t->code == "KENMED" && d.mentions[e.target].actor.code == "MED");
  }
  EXPECT_TRUE(found) << describe(d);
  // Words are no coercion: the target of criticism is placed in no state.
  Document words = code_text("Police in Kenya criticized two journalists.", "2023-08-31");
  for (const Event& e : words.events)
    if (e.target >= 0) EXPECT_EQ(words.target_actor(e)->code, "MED") << describe(words);
}

// tag_repair.cc: "neighboring" before a name is an adjective.
TEST(CoderRetiredHeldout, NeighboringIsAnAdjective) {
  NEED_MODELS();
  Document d = code_text(
      "Somali President Hassan Sheikh Mohamud accused neighboring Ethiopia of violating Somalia's sovereignty.",
      "2024-03-05");
  EXPECT_TRUE(find(d, "SOMGOV", "ETH", "112")) << describe(d);
}

// event_stage.cc: the victims of a judged act are not its target
// (&patient-act); a label with an article after "called X" is a label, not
// a phone call.
TEST(CoderRetiredHeldout, VictimsAndLabels) {
  NEED_MODELS();
  Document d = code_text("China's envoy said Beijing opposed any forced displacement of Palestinians.", "2023-11-22");
  EXPECT_FALSE(find(d, "CHN", "PSE", "1")) << describe(d);
  Document by = code_text("Germany welcomed the release of the hostages by Hamas.", "2023-11-22");
  EXPECT_TRUE(find(by, "DEU", "PSE", "05")) << describe(by);
  Document label = code_text("Turkish President Recep Tayyip Erdogan called Israel a \"terror state.\"", "2023-11-22");
  EXPECT_TRUE(find(label, "TURGOV", "ISR", "111")) << describe(label);
  EXPECT_FALSE(find_code(label, "04")) << describe(label);
  Document phone = code_text("Turkish President Recep Tayyip Erdogan called Israeli Prime Minister Benjamin Netanyahu on Monday.",
                             "2023-11-22");
  EXPECT_TRUE(find(phone, "TURGOV", "ISRGOV", "041")) << describe(phone);
}

// event_stage.cc code_predicate(): a warning of danger conditioned on
// another actor's act is a warning to that actor.
TEST(CoderRetiredHeldout, AConditionalWarningOfDangerIsAWarning) {
  NEED_MODELS();
  Document d = code_text(
      "Iran's foreign minister warned that the war could spread if Israel did not stop its attacks.", "2023-11-22");
  EXPECT_TRUE(find(d, "IRNGOV", "ISR", "130")) << describe(d);
  Document none = code_text("The UN warned that thousands could die if aid did not arrive.", "2023-11-22");
  EXPECT_FALSE(find_code(none, "13")) << describe(none);
}

// tag_repair.cc: "... and imposed sanctions on X" after a finite verb is a
// second verb, not "imposed" as an adjective of "sanctions".
TEST(CoderRetiredHeldout, AndImposedSanctionsIsAVerb) {
  NEED_MODELS();
  Document d = code_text(
      "The United States recognized Gonzalez as the winner and imposed sanctions on 16 Venezuelan officials.",
      "2024-09-12");
  EXPECT_TRUE(find(d, "USA", "VEN", "163")) << describe(d);
}

// tag_repair.cc repair_past_participles(): a participle followed by a
// preposition is the simple past when the sentence has no other finite verb.
TEST(CoderRetiredHeldout, TroopsFiredOnIsAPastTense) {
  NEED_MODELS();
  Document d = code_text("Pakistani troops fired on Indian positions in Kashmir on Sunday.", "2024-02-10");
  EXPECT_TRUE(find(d, "PAKMIL", "IND", "19")) << describe(d);
  // A reduced relative before the real verb stays one.
  Document rel = code_text("Kenyan troops deployed in Somalia said they killed 20 al-Shabab militants.", "2024-02-10");
  EXPECT_FALSE(find_code(rel, "15")) << describe(rel);
}

// 05-diplomatic.txt work-with, stand-with, stand-by.
TEST(CoderRetiredHeldout, WorkingWithAndStandingWith) {
  NEED_MODELS();
  Document d = code_text("China is ready to work with the Philippines to resolve the dispute.", "2024-02-10");
  EXPECT_TRUE(find_any_modality(d, "CHN", "PHL", "03")) << describe(d);
  Document s = code_text("The United States stands with Israel.", "2024-02-10");
  EXPECT_TRUE(find(s, "USA", "ISR", "051")) << describe(s);
  Document no = code_text("The spokesman stood by his remarks.", "2024-02-10");
  EXPECT_FALSE(find_code(no, "05")) << describe(no);
}

// 15-force.txt scramble-jets, deploy-weapons.
TEST(CoderRetiredHeldout, ScrambledJetsAndDeployedMissiles) {
  NEED_MODELS();
  Document d = code_text("Taiwan scrambled jets on Thursday.", "2024-03-20");
  EXPECT_TRUE(find(d, "TWN", "", "150")) << describe(d);
  Document m = code_text("Russia deployed nuclear missiles to Belarus.", "2024-03-20");
  EXPECT_TRUE(find(m, "RUS", "BLR", "154")) << describe(m);
  Document no = code_text("The Kenyan company deployed a new software system.", "2024-03-20");
  EXPECT_FALSE(find_code(no, "15")) << describe(no);
}

// event_stage.cc code_reported_obligation(): what a speaker says another
// actor must do is a demand (100), what it should do an appeal (020).
TEST(CoderRetiredHeldout, WhatAnotherActorMustDoIsADemand) {
  NEED_MODELS();
  Document d = code_text("India said Pakistan must stop harboring militants.", "2024-05-14");
  EXPECT_TRUE(find(d, "IND", "PAK", "100")) << describe(d);
  Document s = code_text("India said Pakistan should stop harboring militants.", "2024-05-14");
  EXPECT_TRUE(find(s, "IND", "PAK", "020")) << describe(s);
  for (const char* no : {"India said it must defend itself.",
                         "German Chancellor Olaf Scholz said talks with China must continue.",
                         "The Turkish minister said U.S. lawmakers must understand the risks.",
                         "The French envoy said Ivorian officials must have been told in advance."}) {
    Document n = code_text(no, "2024-05-14");
    EXPECT_FALSE(find_code(n, "100")) << no << "\n" << describe(n);
  }
}

// 11-disapprove.txt lodge-representations, 05-diplomatic.txt
// announce-agreement, 06-material-coop.txt share-technology.
TEST(CoderRetiredHeldout, RepresentationsAgreementsAndSharedTechnology) {
  NEED_MODELS();
  Document d = code_text("Beijing lodged solemn representations with Washington over the remarks.", "2023-06-22");
  EXPECT_TRUE(find(d, "CHNGOV", "USAGOV", "114")) << describe(d);
  Document a = code_text("Biden and Modi announced agreements on defense cooperation.", "2023-06-22");
  EXPECT_TRUE(find(a, "USAGOV", "INDGOV", "057")) << describe(a);
  EXPECT_TRUE(find(a, "INDGOV", "USAGOV", "057")) << describe(a);
  Document t = code_text("France will share nuclear technology with India.", "2023-06-22");
  EXPECT_TRUE(find_any_modality(t, "FRA", "IND", "0")) << describe(t);
}

// anaphora.cc act_antecedents(): a decision or move is the announced act
// itself, so a reaction to "the decision" finds an intended act.
TEST(CoderRetiredHeldout, ADecisionIsTheAnnouncedAct) {
  NEED_MODELS();
  Document d = code_text(
      "European Union leaders agreed on Thursday to open accession talks with Ukraine. Ukrainian President "
      "Volodymyr Zelenskiy hailed the decision as a victory for Ukraine.",
      "2023-12-14");
  EXPECT_TRUE(find(d, "UKRGOV", "IGOEUREEC", "05")) << describe(d);
}

// event_stage.cc code_predicate(): a participle that aims the verb's object
// (&aim-verb) names the target.
TEST(CoderRetiredHeldout, DrillsEncirclingTaiwanTargetTaiwan) {
  NEED_MODELS();
  Document d = code_text("China conducted military drills encircling Taiwan.", "2024-05-25");
  EXPECT_TRUE(find(d, "CHN", "TWN", "150")) << describe(d);
  Document no = code_text("China conducted military drills on Monday.", "2024-05-25");
  EXPECT_TRUE(find(no, "CHN", "", "150")) << describe(no);
}

// 30-nominal.txt n-agreement: a dated agreement ("the 2013 agreement")
// was concluded; "among" names its sides as "between" does.
TEST(CoderRetiredHeldout, ADatedAgreementWasConcluded) {
  NEED_MODELS();
  Document d = code_text("The number of refugees declined after a 2013 agreement among Kenya and Somalia.", "2021-04-01");
  EXPECT_TRUE(find(d, "KEN", "SOM", "057")) << describe(d);
  EXPECT_TRUE(find(d, "SOM", "KEN", "057")) << describe(d);
  Document open = code_text("Talks on a deal between Kenya and Somalia continued.", "2021-04-01");
  EXPECT_FALSE(find_code(open, "057")) << describe(open);
}

// event_stage.cc code_predicate(): a release with no agent is by whoever
// the story says held the people.
TEST(CoderRetiredHeldout, AReleaseIsByTheHolder) {
  NEED_MODELS();
  Document d = code_text(
      "Gunmen abducted two Italian engineers in Libya in July. The Italian engineers were released on Monday.",
      "2019-11-19");
  EXPECT_TRUE(find(d, "LBY", "ITA", "0841")) << describe(d);
  Document none = code_text("Two Italian engineers were released on Monday.", "2019-11-19");
  EXPECT_FALSE(find_code(none, "0841")) << describe(none);
}

}  // namespace
}  // namespace dyad
