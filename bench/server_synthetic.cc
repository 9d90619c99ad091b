#include "server_synthetic.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/store.h"

namespace dyad::bench {
namespace {

struct Country {
  const char* code;
  const char* name;
};

// Ordered roughly by how often they appear in international news, so the
// skewed draw gives the usual heavy dyads.
const Country kCountries[] = {
    {"USA", "the United States"}, {"RUS", "Russia"},      {"CHN", "China"},       {"UKR", "Ukraine"},
    {"ISR", "Israel"},            {"IRN", "Iran"},        {"GBR", "Britain"},     {"FRA", "France"},
    {"DEU", "Germany"},           {"TUR", "Turkey"},      {"IND", "India"},       {"PAK", "Pakistan"},
    {"PRK", "North Korea"},       {"KOR", "South Korea"}, {"JPN", "Japan"},       {"SYR", "Syria"},
    {"IRQ", "Iraq"},              {"AFG", "Afghanistan"}, {"SAU", "Saudi Arabia"}, {"EGY", "Egypt"},
    {"GRC", "Greece"},            {"POL", "Poland"},      {"BLR", "Belarus"},     {"VEN", "Venezuela"},
    {"BRA", "Brazil"},            {"MEX", "Mexico"},      {"CAN", "Canada"},      {"AUS", "Australia"},
    {"NGA", "Nigeria"},           {"ETH", "Ethiopia"},    {"SDN", "Sudan"},       {"LBY", "Libya"},
    {"YEM", "Yemen"},             {"LBN", "Lebanon"},     {"JOR", "Jordan"},      {"QAT", "Qatar"},
    {"ARM", "Armenia"},           {"AZE", "Azerbaijan"},  {"GEO", "Georgia"},     {"SRB", "Serbia"},
};
constexpr int kNumCountries = sizeof(kCountries) / sizeof(kCountries[0]);

struct Sector {
  const char* code;
  const char* words;  // "" = the country name alone
};
const Sector kSectors[] = {{"", ""}, {"GOV", "government"}, {"MIL", "army"}, {"GOV", "foreign ministry"}};

struct Act {
  const char* cameo;
  const char* plover;
  double goldstein;
  int quad;
  const char* verb;     // words between source and target
  bool has_target;
};
const Act kActs[] = {
    {"010", "OTHER", 0.0, 1, "made a statement about", true},
    {"036", "CONSULT", 4.0, 1, "offered talks to", true},
    {"042", "CONSULT", 1.9, 1, "visited", true},
    {"051", "SUPPORT", 3.4, 1, "praised", true},
    {"057", "AGREE", 8.0, 1, "signed an agreement with", true},
    {"061", "COOPERATE", 6.4, 2, "expanded trade with", true},
    {"070", "AID", 7.0, 2, "sent aid to", true},
    {"111", "ACCUSE", -2.0, 3, "criticized", true},
    {"112", "ACCUSE", -2.0, 3, "accused", true},
    {"130", "THREATEN", -4.4, 3, "threatened", true},
    {"163", "SANCTION", -8.0, 4, "imposed an embargo on", true},
    {"172", "SANCTION", -5.0, 4, "sanctioned", true},
    {"152", "MOBILIZE", -7.2, 4, "put its forces on alert", false},
    {"190", "ASSAULT", -10.0, 4, "attacked", true},
    {"195", "ASSAULT", -10.0, 4, "bombed", true},
};
constexpr int kNumActs = sizeof(kActs) / sizeof(kActs[0]);

const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

// Appends words to doc.text, one token each (punctuation split off).
class Writer {
 public:
  explicit Writer(Document& doc) : doc_(doc) {}
  // Returns the token range [begin, end) of the words appended.
  std::pair<uint32_t, uint32_t> words(std::string_view s) {
    uint32_t tb = static_cast<uint32_t>(doc_.tokens.size());
    size_t i = 0;
    while (i < s.size()) {
      size_t j = s.find(' ', i);
      if (j == std::string_view::npos) j = s.size();
      token(s.substr(i, j - i), TokenKind::kWord);
      i = j + 1;
    }
    return {tb, static_cast<uint32_t>(doc_.tokens.size())};
  }
  void token(std::string_view w, TokenKind kind) {
    if (w.empty()) return;
    bool glue = kind == TokenKind::kPunct || doc_.text.empty() || doc_.text.back() == '\n' ||
                doc_.text.back() == '"';
    if (!glue) doc_.text += ' ';
    Token t;
    t.begin = static_cast<uint32_t>(doc_.text.size());
    doc_.text += w;
    t.end = static_cast<uint32_t>(doc_.text.size());
    t.norm = std::string(w);
    t.kind = kind;
    doc_.tokens.push_back(std::move(t));
  }
  void paragraph_break() { doc_.text += "\n\n"; }

 private:
  Document& doc_;
};

int mention(Document& doc, std::pair<uint32_t, uint32_t> toks, const Country& c, const Sector& s) {
  ActorMention m;
  m.token_begin = toks.first;
  m.token_end = toks.second;
  m.head = toks.second - 1;
  m.actor.code = std::string(c.code) + s.code;
  m.actor.country = c.code;
  if (*s.code) m.actor.sectors.push_back(s.code);
  m.entry = c.name;
  doc.mentions.push_back(std::move(m));
  return static_cast<int>(doc.mentions.size() - 1);
}

std::string date_of(int day_index) {
  // Days since 2015-01-01 (no calendar library needed for a synthetic spread).
  int y = 2015, d = day_index;
  auto days_in = [](int yr) { return (yr % 4 == 0 && (yr % 100 != 0 || yr % 400 == 0)) ? 366 : 365; };
  while (d >= days_in(y)) d -= days_in(y++);
  static const int kMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int m = 0;
  while (true) {
    int len = kMonth[m] + (m == 1 && days_in(y) == 366 ? 1 : 0);
    if (d < len) break;
    d -= len;
    ++m;
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m + 1, d + 1);
  return buf;
}

}  // namespace

int64_t write_synthetic_store(const std::string& path, int64_t events, uint64_t seed) {
  namespace fs = std::filesystem;
  for (const char* ext : {"", "-wal", "-shm"}) fs::remove(path + ext);
  auto store = Store::open(path, /*readonly=*/false);
  std::mt19937_64 rng(seed);
  // Zipf-like weights over countries: a few dyads dominate.
  std::vector<double> w(kNumCountries);
  for (int i = 0; i < kNumCountries; ++i) w[i] = 1.0 / std::pow(i + 1, 1.1);
  std::discrete_distribution<int> country(w.begin(), w.end());
  std::uniform_int_distribution<int> sector(0, 3), act(0, kNumActs - 1), weekday(0, 6);
  const int kDays = 3653;  // 2015-01-01 .. 2024-12-31
  std::uniform_int_distribution<int> day(0, kDays - 1);
  const int kPerArticle = 10;
  const int kBatch = 256;

  auto t0 = std::chrono::steady_clock::now();
  int64_t stored = 0;
  int64_t article = 0;
  std::vector<Document> batch;
  while (stored < events) {
    batch.clear();
    for (int b = 0; b < kBatch && stored + static_cast<int64_t>(batch.size()) * kPerArticle < events; ++b) {
      Document doc;
      ++article;
      doc.id = "syn" + std::to_string(article);
      doc.url = "https://synthetic" + std::to_string(article % 97) + ".example/" + std::to_string(article);
      doc.date = date_of(day(rng));
      Writer wr(doc);
      int n = static_cast<int>(std::min<int64_t>(kPerArticle, events - stored - static_cast<int64_t>(batch.size()) * kPerArticle));
      for (int k = 0; k < n; ++k) {
        if (k > 0) wr.paragraph_break();
        Sentence s;
        s.token_begin = static_cast<uint32_t>(doc.tokens.size());
        s.begin = static_cast<uint32_t>(doc.text.size());
        int si = country(rng), ti = country(rng);
        while (ti == si) ti = country(rng);
        const Country& src = kCountries[si];
        const Country& tgt = kCountries[ti];
        const Sector& ss = kSectors[sector(rng)];
        const Sector& ts = kSectors[sector(rng)];
        const Act& a = kActs[act(rng)];
        Event e;
        std::string src_words = std::string(src.name) + (*ss.words ? std::string(" ") + ss.words : "");
        e.source = mention(doc, wr.words(src_words), src, ss);
        auto v = wr.words(a.verb);
        e.verb_begin = static_cast<int32_t>(v.first);
        e.verb_end = static_cast<int32_t>(v.second);
        if (a.has_target) {
          std::string tgt_words = std::string(tgt.name) + (*ts.words ? std::string(" ") + ts.words : "");
          e.target = mention(doc, wr.words(tgt_words), tgt, ts);
        }
        wr.words(std::string("on ") + kWeekdays[weekday(rng)] + " in report " + std::to_string(article));
        wr.token(".", TokenKind::kPunct);
        s.token_end = static_cast<uint32_t>(doc.tokens.size());
        s.end = static_cast<uint32_t>(doc.text.size());
        s.paragraph = static_cast<uint32_t>(k);
        doc.sentences.push_back(s);
        Paragraph p;
        p.begin = s.begin;
        p.end = s.end;
        p.is_headline = k == 0;
        doc.paragraphs.push_back(p);
        e.sentence = static_cast<uint32_t>(k);
        e.cameo = a.cameo;
        e.root = std::string(a.cameo).substr(0, 2);
        e.plover = a.plover;
        e.goldstein = a.goldstein;
        e.quad = a.quad;
        e.date = doc.date;
        e.rule = std::string("synthetic-") + a.cameo;
        doc.events.push_back(std::move(e));
        if (k == 0) doc.title = doc.text;
      }
      batch.push_back(std::move(doc));
    }
    std::vector<const Document*> ptrs;
    for (const auto& d : batch) ptrs.push_back(&d);
    auto added = store->ingest(ptrs, StoreProvenance{"bench", "synthetic", "synthetic"}).events_added;
    if (added == 0) throw StoreError("synthetic store: a batch added no events (duplicate articles?)");
    stored += static_cast<int64_t>(added);
    if (article % (kBatch * 40) == 0) {
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::fprintf(stderr, "synthetic store: %lld events, %.0f s\n", static_cast<long long>(stored), s);
    }
  }
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::fprintf(stderr, "synthetic store: %lld events in %lld articles, %.1f s (%.0f events/s)\n",
               static_cast<long long>(stored), static_cast<long long>(article), s, stored / s);
  return stored;
}

}  // namespace dyad::bench
