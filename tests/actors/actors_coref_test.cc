// Actor stage: coreference, who "it", a bare surname or a possessed post
// stands for (the coref branch). Sentences written for these tests; the
// matcher alone, on the test tokenizer, with no parse (these links are read
// from the words, so mentions are the same with or without a tree).
#include <gtest/gtest.h>

#include <string>

#include "actors/test_doc.h"
#include "dyad/actors.h"

namespace dyad {
namespace {

class ActorCorefTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { lex_ = load_actor_lexicon(std::string(DYAD_SOURCE_DIR) + "/data/actors"); }

  static Document run(const std::string& text) {
    Document d = testing::make_doc(text, "2024-05-01");
    ActorStage(lex_).run(d);
    return d;
  }
  // The n-th mention (0-based) whose text is `text`.
  static const ActorMention* find(const Document& d, const std::string& text, int n = 0) {
    for (const auto& m : d.mentions)
      if (d.tokens_text(m.token_begin, m.token_end) == text && n-- == 0) return &m;
    return nullptr;
  }
  static std::string antecedent_text(const Document& d, const ActorMention* m) {
    if (!m || m->antecedent < 0) return "";
    const ActorMention& a = d.mentions[m->antecedent];
    return std::string(d.tokens_text(a.token_begin, a.token_end));
  }
  static std::string code(const ActorMention* m) { return m ? m->actor.code : "<none>"; }
  static std::shared_ptr<const ActorLexicon> lex_;
};
std::shared_ptr<const ActorLexicon> ActorCorefTest::lex_;

// "it" opening the clause of a reporting verb is the verb's subject, when
// that subject is a state or body named right before the verb.
TEST_F(ActorCorefTest, ItAfterAReportingVerbIsItsInstitutionalSubject) {
  Document d = run("North Korea said it fired a missile.");
  ASSERT_NE(find(d, "it"), nullptr);
  EXPECT_EQ(antecedent_text(d, find(d, "it")), "North Korea");
  EXPECT_EQ(code(find(d, "it")), "PRK");

  // An adjunct and "that" between the verb and "it".
  Document a = run("Chile's foreign ministry said on Monday that it would expel the envoy.");
  ASSERT_NE(find(a, "it"), nullptr);
  EXPECT_EQ(antecedent_text(a, find(a, "it")), "Chile's foreign ministry");

  // Auxiliaries between the subject and the verb.
  Document h = run("Peru has repeatedly insisted it will keep the border open.");
  ASSERT_NE(find(h, "it"), nullptr);
  EXPECT_EQ(code(find(h, "it")), "PER");

  // A relative clause on the state.
  Document r = run("The islands were run from Mauritius, which argues it was forced out.");
  ASSERT_NE(find(r, "it"), nullptr);
  EXPECT_EQ(antecedent_text(r, find(r, "it")), "Mauritius");
}

TEST_F(ActorCorefTest, ItAfterAReportingVerbNearMisses) {
  // An actor between the verb and "it": either side may be meant.
  Document w = run("Chile warned Peru that it would act.");
  EXPECT_EQ(find(w, "it"), nullptr) << antecedent_text(w, find(w, "it"));
  // "told" has its object in between.
  Document t = run("Chile told Peru it must leave.");
  EXPECT_EQ(find(t, "it"), nullptr) << antecedent_text(t, find(t, "it"));
  // A person says: "it" is not the person.
  Document p = run("Putin said it was cold.");
  EXPECT_EQ(find(p, "it"), nullptr) << antecedent_text(p, find(p, "it"));
  // A state in a phrase before the verb is not its subject.
  Document k = run("Chilean officers in Lima say it is too early to tell.");
  EXPECT_EQ(find(k, "it"), nullptr) << antecedent_text(k, find(k, "it"));
  // A plural group is no "it".
  Document o = run("Chilean officials said it was unclear.");
  EXPECT_EQ(find(o, "it"), nullptr) << antecedent_text(o, find(o, "it"));
}

// A person introduced with a stateless title and an appositive that names
// the state has that state at once, so a later bare surname that some
// lexicon person also bears is the story's person, with that code.
TEST_F(ActorCorefTest, SurnameOfAPersonWhoseStateCameFromAnAppositive) {
  Document d = run(
      "Gen. Jane Robertson, a spokesperson for the Chilean army, said the ship had left. "
      "Robertson added that the crew was safe.");
  const ActorMention* first = find(d, "Gen. Jane Robertson");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(code(first), "CHLMIL");
  const ActorMention* later = find(d, "Robertson");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(code(later), "CHLMIL");
  EXPECT_EQ(antecedent_text(d, later), "Gen. Jane Robertson");

  // No appositive state: the surname is not given one.
  Document n = run("Gen. Jane Robertson said the ship had left. Robertson added that the crew was safe.");
  const ActorMention* bare = find(n, "Robertson");
  EXPECT_TRUE(bare == nullptr || bare->actor.country.empty()) << code(bare);
}

// "the court's president": a post owned by a body linked to an earlier
// mention is that body's; a name in apposition after the post is the same
// person.
TEST_F(ActorCorefTest, PostOwnedByALinkedBodyAndTheNameAfterIt) {
  Document d = run(
      "The U.N.'s highest court opened hearings on Monday. "
      "The court's president, Judge Ana Ruiz, rejected the request.");
  EXPECT_EQ(code(find(d, "president")), "IGOUNO");
  EXPECT_EQ(code(find(d, "Judge Ana Ruiz")), "IGOUNO");

  // A possessed noun that is no post of the body ("critics") is not it.
  Document c = run(
      "The U.N.'s highest court opened hearings on Monday. "
      "The court's judges were praised by the court's critics, Judge Ana Ruiz among them.");
  const ActorMention* r = find(c, "Judge Ana Ruiz");
  EXPECT_TRUE(r == nullptr || r->actor.org.empty()) << code(r);

  // A post with a state lends it to the name: "Chile's envoy, Ambassador X,".
  Document s = run("Chile's envoy, Ambassador Ana Ruiz, said the talks had failed.");
  EXPECT_EQ(code(find(s, "Ambassador Ana Ruiz")), "CHLGOV");
  // "the spokesperson for <body>, Ambassador X,": the spokesperson is the
  // post (with the body's code), after an opening phrase too; and the later
  // bare surname, which a lexicon person also bears, is this person.
  Document f = run(
      "On Thursday, the spokesperson for Chile's foreign ministry, Ambassador Ana Khan, denied the report. "
      "Khan said the talks would go on.");
  EXPECT_EQ(code(find(f, "Ambassador Ana Khan")), "CHLGOV");
  EXPECT_EQ(code(find(f, "Khan")), "CHLGOV");
  // A list of posts and names: no apposition is read.
  Document l = run("Chile's envoy, the minister, Ambassador Ana Ruiz, and others attended.");
  const ActorMention* li = find(l, "Ambassador Ana Ruiz");
  EXPECT_TRUE(li == nullptr || li->actor.country.empty()) << code(li);
}

// Counted people of a state ("thousands of Sudanese", "two Britons") are a
// group a narrative "they" may stand for: the state's civilians (CVL), as
// counted_people codes the antecedent itself.
TEST_F(ActorCorefTest, TheyForCountedPeopleOfAState) {
  Document d = run("Tens of thousands of Sudanese began protesting last year. They demanded reforms.");
  ASSERT_NE(find(d, "They"), nullptr);
  EXPECT_EQ(antecedent_text(d, find(d, "They")), "Sudanese");
  EXPECT_EQ(code(find(d, "They")), "SDNCVL");
  EXPECT_EQ(code(find(d, "Sudanese")), "SDNCVL");
  Document b = run("Two Britons were detained in Iran. They were freed on Monday.");
  EXPECT_EQ(code(find(b, "They")), "GBRCVL");

  // Counted people of an earlier sentence are not "they" when this
  // sentence names an actor before the pronoun.
  Document g = run("Many Iraqis hope for peace. The government promised security, but they will fail.");
  const ActorMention* gt = find(g, "they");
  EXPECT_TRUE(gt == nullptr || gt->actor.code != "IRQCVL") << code(gt);
  // A demonym that is its own plural counts only as "thousands of Sudanese".
  Document r = run("It is the number 1 Chinese restaurant in town.");
  EXPECT_EQ(code(find(r, "Chinese")), "CHN");
  // A state named alone is "it", not "they".
  Document s = run("Sudan closed its border. They said nothing.");
  EXPECT_EQ(find(s, "They"), nullptr) << antecedent_text(s, find(s, "They"));
  // A demonym that is not counted is no group of people here.
  Document n = run("Sudanese officials met the envoy. They said nothing.");
  const ActorMention* t = find(n, "They");
  EXPECT_TRUE(t == nullptr || t->actor.code != "SDNCVL") << code(t);
}

// "the council", "the court", "the commission": a named organisation whose
// name has that word, earlier in the story.
TEST_F(ActorCorefTest, BodyNounForANamedOrganisation) {
  Document d = run("The U.N. Security Council met on Monday. The council condemned the attack.");
  ASSERT_NE(find(d, "council"), nullptr);
  EXPECT_EQ(antecedent_text(d, find(d, "council")), "U.N. Security Council");
  EXPECT_EQ(code(find(d, "council")), "IGOUNO");
  Document c = run("The International Court of Justice ruled against Kenya. The court said Kenya must pay.");
  EXPECT_EQ(code(find(c, "court")), "IGOUNOICJ");
  Document e = run("The European Commission proposed tariffs on China. The commission said China had cheated.");
  EXPECT_EQ(code(find(e, "commission")), "IGOEUREEC");

  // No named council before: nothing ("the council" is not NATO).
  Document n = run("NATO warned Russia. The council said Russia must withdraw.");
  EXPECT_EQ(find(n, "council"), nullptr) << code(find(n, "council"));
  // An "of" phrase names another body.
  Document o = run("The U.N. Security Council met on Monday. The council of elders rejected the plan.");
  EXPECT_EQ(find(o, "council"), nullptr) << code(find(o, "council"));
}

// "Hamas leader Ali Demir", "Ali Demir, the Hamas leader": a leader of a
// named party, state or organisation is one person, whose later bare
// surname links back.
TEST_F(ActorCorefTest, LeaderOfANamedBodyIsAPerson) {
  Document d = run("Hamas leader Ali Demir rejected the offer. Demir said the talks were over.");
  EXPECT_EQ(code(find(d, "Hamas leader Ali Demir")), "PSEREBHMS");
  EXPECT_EQ(code(find(d, "Demir")), "PSEREBHMS");
  Document a = run("Ali Demir, the Hamas leader, rejected the offer. Demir said the talks were over.");
  EXPECT_EQ(code(find(a, "Ali Demir")), "PSEREBHMS");
  EXPECT_EQ(code(find(a, "Demir")), "PSEREBHMS");

  // One capitalised word after "chief" is a topic, not a name.
  Document b = run("The EU's chief Brexit negotiator met Johnson. Brexit talks resumed on Monday.");
  const ActorMention* br = find(b, "Brexit");
  EXPECT_EQ(br, nullptr) << code(br);
  // Capitalised, as in a Title Case headline: the words after are no name.
  Document h = run("Hamas Leader Rejects Offer. Rejects is not a name.");
  EXPECT_EQ(find(h, "Rejects"), nullptr) << code(find(h, "Rejects"));
  // No body named: "the leader" stays an unnamed post.
  Document n = run("The leader Ali Demir rejected the offer. Demir said the talks were over.");
  const ActorMention* dn = find(n, "Demir");
  EXPECT_TRUE(dn == nullptr || dn->actor.code.empty() || dn->actor.code == "GOV") << code(dn);
}

// "Ana Ruiz, a senior aide to President X": the aide speaks for X's side,
// and so does the name in apposition, and its later surname.
TEST_F(ActorCorefTest, NameInAppositionToAnAideFor) {
  Document d = run("Ana Ruiz, a senior aide to President Joe Biden, testified on Monday. Ruiz said the call was improper.");
  EXPECT_EQ(code(find(d, "Ana Ruiz")), "USAGOV");
  EXPECT_EQ(code(find(d, "Ruiz")), "USAGOV");
  // An adjective opening an unknown body's name is not the state.
  Document m = run("Ana Ruiz, a senior adviser to the Chinese American Museum, spoke on Monday. Ruiz said it was open.");
  const ActorMention* r = find(m, "Ruiz");
  EXPECT_TRUE(r == nullptr || r->actor.country != "CHN") << code(r);
  EXPECT_NE(code(find(m, "adviser")), "CHN");
}

// '"...," Ruiz told Biden. She added ...': a sentence-initial he/she after
// an attributed quotation is its speaker, even when the sentence names
// someone else too. A title and name followed by "of <state>" takes it.
TEST_F(ActorCorefTest, PronounAfterAQuotationIsItsSpeaker) {
  Document d = run(
      "Foreign Minister Ana Ruiz of Chile met President Joe Biden on Monday. "
      "\"We will not accept new tariffs,\" Ruiz told Biden. She added that Chile would respond.");
  EXPECT_EQ(code(find(d, "Foreign Minister Ana Ruiz")), "CHLGOV");
  ASSERT_NE(find(d, "She"), nullptr);
  EXPECT_EQ(antecedent_text(d, find(d, "She")), "Ruiz");
  EXPECT_EQ(code(find(d, "She")), "CHLGOV");
  Document s = run(
      "Foreign Minister Ana Ruiz of Chile met President Joe Biden on Monday. "
      "\"Peru must withdraw,\" said Ruiz after meeting Biden. She warned of sanctions.");
  EXPECT_EQ(antecedent_text(s, find(s, "She")), "Ruiz");

  // The addressee of "told" is no speaker; a gender that disagrees leaves
  // the pronoun to the other rules (two people named: unlinked).
  Document t = run(
      "Foreign Minister Ana Ruiz of Chile met President Joe Biden on Monday. "
      "\"We will not accept new tariffs,\" Ruiz told Biden. He said nothing.");
  EXPECT_EQ(find(t, "He"), nullptr) << antecedent_text(t, find(t, "He"));
  // No quotation: two people named, no link.
  Document n = run("Foreign Minister Ana Ruiz of Chile met President Joe Biden on Monday. She added a warning.");
  EXPECT_EQ(find(n, "She"), nullptr) << antecedent_text(n, find(n, "She"));
}

// "X, the notorious leader of the Red Dog gang,": the leader is the body he
// leads (the gang: CRM, with the story's state), and so is the name in
// apposition, its later surname and pronouns; up to two adjectives may sit
// between the article and the post.
TEST_F(ActorCorefTest, LeaderOfABodyInApposition) {
  Document d = run(
      "Arnel Lopez, the notorious leader of the Red Dog gang, was killed in Haiti on Friday. "
      "Lopez had escaped from a prison in Haiti.");
  const ActorMention* l = find(d, "leader");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->actor.code.substr(l->actor.code.size() - 3), "CRM") << code(l);
  const ActorMention* n = find(d, "Arnel Lopez");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->actor.code.substr(n->actor.code.size() - 3), "CRM") << code(n);
  const ActorMention* later = find(d, "Lopez");
  ASSERT_NE(later, nullptr);
  EXPECT_EQ(later->actor.code, n->actor.code);

  // A relative clause is no apposition: the name is not the leader.
  Document r = run("Ana Ruiz, who met the leader of the Red Dog gang, said nothing. Ruiz left.");
  const ActorMention* a = find(r, "Ana Ruiz");
  EXPECT_TRUE(a == nullptr || a->actor.code.empty()) << code(a);
  // A former leader stays an elite.
  Document f = run("Ana Ruiz, the former leader of the Red Dog gang, was freed in Haiti. Ruiz left.");
  const ActorMention* fr = find(f, "Ana Ruiz");
  EXPECT_TRUE(fr == nullptr || fr->actor.code.find("CRM") == std::string::npos) << code(fr);
}

// '"...," he said' after 'X, a professor at Y, said the president's ...':
// the pronoun attributing the new quotation is the previous speaker, not
// the president that speaker talked about.
TEST_F(ActorCorefTest, PronounAttributingAQuotationIsThePreviousSpeaker) {
  Document d = run(
      "Ana Ruiz, a trade professor at Cornell, said President Joe Biden had complicated the talks. "
      "\"By hyping expectations, Biden makes a deal less likely,\" he said.");
  ASSERT_NE(find(d, "he"), nullptr);
  EXPECT_EQ(antecedent_text(d, find(d, "he")), "Ana Ruiz");
  // Not attributing a quotation: the two people named leave it unlinked.
  Document n = run(
      "Ana Ruiz, a trade professor at Cornell, said President Joe Biden had complicated the talks. "
      "Later he said nothing.");
  const ActorMention* h = find(n, "he");
  EXPECT_TRUE(h == nullptr || antecedent_text(n, h) != "Ana Ruiz") << antecedent_text(n, h);
}

// Inside a quotation that goes on from the previous sentence's speaker,
// he/she is someone else than that speaker.
TEST_F(ActorCorefTest, QuotedPronounIsNotTheSpeaker) {
  Document d = run(
      "Special Rapporteur Ana Ruiz was barred from Chile. "
      "\"Ruiz lied about Chile,\" Interior Minister Luis Demir of Chile said. "
      "\"He is not someone we trust.\"");
  ASSERT_NE(find(d, "He"), nullptr);
  EXPECT_EQ(antecedent_text(d, find(d, "He")), "Ruiz");
  // In the reporter's words the same pronoun may be the speaker.
  Document r = run(
      "Special Rapporteur Ana Ruiz was barred from Chile. "
      "\"Ruiz lied about Chile,\" Interior Minister Luis Demir of Chile said. He added nothing.");
  ASSERT_NE(find(r, "He"), nullptr);
  EXPECT_EQ(antecedent_text(r, find(r, "He")), "Interior Minister Luis Demir");
}

// What an org-ref or country-ref phrase may stand for: "the world body" is
// the UN family, "the bloc" and "the body" an intergovernmental
// organisation (not an armed movement), and a capitalised "The Nation"
// inside a sentence is a name.
TEST_F(ActorCorefTest, ReferencePhrasesFitTheirAntecedent) {
  Document w = run("The Taliban barred the U.N. envoy. The Taliban said the world body had lied.");
  EXPECT_EQ(code(find(w, "the world body")), "IGOUNO");
  Document h = run("Hamas fighters crossed the border. Police found the body near a road.");
  EXPECT_EQ(find(h, "the body"), nullptr) << code(find(h, "the body"));
  Document o = run("Al-Qaeda lost two commanders. The leadership of the organization is weak.");
  const ActorMention* org = find(o, "leadership of the organization");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->actor.code.substr(0, 3), "IMG") << code(org);
  Document n = run("Pakistan protested. Musharraf spoke to the daily The Nation on Monday.");
  EXPECT_EQ(find(n, "The Nation"), nullptr) << code(find(n, "The Nation"));
  // Lower case, the nation is the state named before.
  Document c = run("Pakistan protested. Musharraf spoke to the nation on Monday.");
  EXPECT_EQ(code(find(c, "the nation")), "PAK");
}

}  // namespace
}  // namespace dyad
