#include "server/server_fixture.h"

#include <filesystem>
#include <stdexcept>

#include "dyad/store.h"

namespace dyad::testing {
namespace {

bool is_punct(char c) { return c == '.' || c == ',' || c == ';' || c == ':' || c == '"' || c == '?' || c == '!'; }

// Whitespace tokens with punctuation split off: enough for hand-made text.
void tokenize(Document& doc, uint32_t begin, uint32_t end) {
  uint32_t i = begin;
  while (i < end) {
    char c = doc.text[i];
    if (c == ' ' || c == '\n') { ++i; continue; }
    Token t;
    t.begin = i;
    if (is_punct(c)) {
      t.end = i + 1;
      t.kind = TokenKind::kPunct;
    } else {
      uint32_t j = i;
      while (j < end && doc.text[j] != ' ' && doc.text[j] != '\n' && !is_punct(doc.text[j])) ++j;
      t.end = j;
    }
    t.norm = doc.text.substr(t.begin, t.end - t.begin);
    doc.tokens.push_back(t);
    i = t.end;
  }
}

// Token range [tb, te) covering the first occurrence of phrase in sentence s.
std::pair<uint32_t, uint32_t> find_tokens(const Document& doc, const Sentence& s, const std::string& phrase) {
  size_t at = doc.text.find(phrase, s.begin);
  if (at == std::string::npos || at + phrase.size() > s.end)
    throw std::logic_error("fixture: phrase not in its sentence: " + phrase);
  uint32_t tb = UINT32_MAX, te = 0;
  for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
    if (doc.tokens[t].begin == at) tb = t;
    if (doc.tokens[t].end == at + phrase.size()) te = t + 1;
  }
  if (tb == UINT32_MAX || te <= tb) throw std::logic_error("fixture: phrase not on token edges: " + phrase);
  return {tb, te};
}

int add_mention(Document& doc, const Sentence& s, const std::string& phrase, const std::string& code,
                const std::string& country) {
  auto [tb, te] = find_tokens(doc, s, phrase);
  for (size_t i = 0; i < doc.mentions.size(); ++i)
    if (doc.mentions[i].token_begin == tb && doc.mentions[i].token_end == te) return static_cast<int>(i);
  ActorMention m;
  m.token_begin = tb;
  m.token_end = te;
  m.head = te - 1;
  m.actor.code = code;
  m.actor.country = country;
  if (code.size() > country.size() && !country.empty()) m.actor.sectors.push_back(code.substr(country.size()));
  if (country.empty()) m.actor.org = code;
  m.entry = phrase;
  doc.mentions.push_back(m);
  return static_cast<int>(doc.mentions.size() - 1);
}

}  // namespace

Document make_document(const std::string& id, const std::string& url, const std::string& date,
                       const std::vector<std::string>& paragraphs, const std::vector<FixtureEvent>& events,
                       const std::vector<FixtureQuote>& quotes) {
  Document doc;
  doc.id = id;
  doc.url = url;
  doc.date = date;
  doc.title = paragraphs.at(0);
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    if (p > 0) doc.text += "\n\n";
    Paragraph para;
    para.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += paragraphs[p];
    para.end = static_cast<uint32_t>(doc.text.size());
    para.is_headline = p == 0;
    doc.paragraphs.push_back(para);
  }
  for (size_t p = 0; p < doc.paragraphs.size(); ++p) {
    Sentence s;
    s.token_begin = static_cast<uint32_t>(doc.tokens.size());
    tokenize(doc, doc.paragraphs[p].begin, doc.paragraphs[p].end);
    s.token_end = static_cast<uint32_t>(doc.tokens.size());
    s.begin = doc.paragraphs[p].begin;
    s.end = doc.paragraphs[p].end;
    s.paragraph = static_cast<uint32_t>(p);
    doc.sentences.push_back(s);
  }
  for (const auto& fq : quotes) {
    const Sentence& s = doc.sentences.at(fq.sentence);
    Quote q;
    size_t at = doc.text.find(fq.quoted, s.begin);
    if (at == std::string::npos) throw std::logic_error("fixture: quote not found: " + fq.quoted);
    q.begin = static_cast<uint32_t>(at);
    q.end = static_cast<uint32_t>(at + fq.quoted.size());
    q.sentence = static_cast<uint32_t>(fq.sentence);
    q.speaker = add_mention(doc, s, fq.speaker, fq.speaker_code, fq.speaker_country);
    q.cue = static_cast<int32_t>(find_tokens(doc, s, fq.cue).first);
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      if (doc.tokens[t].begin == q.begin) q.token_begin = t;
      if (doc.tokens[t].end == q.end) q.token_end = t + 1;
    }
    doc.quotes.push_back(q);
  }
  for (const auto& fe : events) {
    const Sentence& s = doc.sentences.at(fe.sentence);
    Event e;
    e.sentence = static_cast<uint32_t>(fe.sentence);
    e.source = add_mention(doc, s, fe.source, fe.source_code, fe.source_country);
    if (!fe.target.empty()) e.target = add_mention(doc, s, fe.target, fe.target_code, fe.target_country);
    auto [vb, ve] = find_tokens(doc, s, fe.verb);
    e.verb_begin = static_cast<int32_t>(vb);
    e.verb_end = static_cast<int32_t>(ve);
    e.cameo = fe.cameo;
    e.root = fe.cameo.substr(0, 2);
    e.plover = fe.plover;
    e.goldstein = fe.goldstein;
    e.quad = fe.quad;
    e.date = date;
    e.rule = "fixture-" + fe.cameo;
    doc.events.push_back(e);
  }
  return doc;
}

void write_fixture_store(const std::string& path) {
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  std::vector<Document> docs;
  docs.push_back(make_document(
      "a1", "https://news.example.org/aegean-1", "2024-03-04",
      {"Turkey offers talks to Greece",
       "Turkish President Erdoğan invited Greek Prime Minister Mitsotakis to talks in Brussels.",
       "Greek officials accused Ankara of provocation near the islands."},
      {{1, "Turkish President Erdoğan", "TURGOV", "TUR", "invited", "Greek Prime Minister Mitsotakis", "GRCGOV",
        "GRC", "036", "AGREE", 4.0, 1},
       {2, "Greek officials", "GRCGOV", "GRC", "accused", "Ankara", "TUR", "TUR", "112", "ACCUSE", -2.0, 3}}));
  docs.push_back(make_document(
      "a2", "https://wire.example.com/aegean-2", "2024-03-12",
      {"Navies shadow each other in the Aegean",
       "The Turkish navy deployed frigates toward Lesbos, Greece said.",
       "\"We will defend every island,\" Dendias told reporters.",
       "Athens put its fleet on alert."},
      {{1, "The Turkish navy", "TURMIL", "TUR", "deployed", "", "", "", "152", "MOBILIZE", -7.2, 4},
       {3, "Athens", "GRC", "GRC", "put", "", "", "", "152", "MOBILIZE", -7.2, 4}},
      {{2, "We will defend every island,", "Dendias", "GRCGOV", "GRC", "told"}}));
  docs.push_back(make_document(
      "a3", "https://news.example.org/east-3", "2024-04-02",
      {"Shelling reported near the border",
       "Russian forces shelled Ukrainian positions overnight.",
       "Washington condemned Moscow for the attack."},
      {{1, "Russian forces", "RUSMIL", "RUS", "shelled", "Ukrainian positions", "UKRMIL", "UKR", "190", "ASSAULT",
        -10.0, 4},
       {2, "Washington", "USA", "USA", "condemned", "Moscow", "RUS", "RUS", "111", "ACCUSE", -2.0, 3}}));
  auto store = Store::open(path, /*readonly=*/false);
  std::vector<const Document*> ptrs;
  for (const auto& d : docs) ptrs.push_back(&d);
  store->ingest(ptrs, StoreProvenance{"test", "test-models", "test-lexicons"});
}

std::u32string code_points(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 0 : (c & 0xE0) == 0xC0 ? 1 : (c & 0xF0) == 0xE0 ? 2 : 3;
    char32_t cp = n == 0 ? c : n == 1 ? (c & 0x1F) : n == 2 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k <= n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp;
    i += n + 1;
  }
  return out;
}

std::string to_utf8(const std::u32string& s) {
  std::string out;
  for (char32_t cp : s) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

}  // namespace dyad::testing
