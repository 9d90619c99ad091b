// Hand-made coded Documents for store tests: sentences of space-separated
// words, actor mentions and events placed by token index, so a test states
// exactly what the store receives without running the pipeline.
#ifndef DYAD_TESTS_STORE_DOC_BUILDER_H_
#define DYAD_TESTS_STORE_DOC_BUILDER_H_

#include <string>
#include <vector>

#include "dyad/document.h"

namespace dyad::testing_store {

class DocBuilder {
 public:
  DocBuilder(std::string id, std::string url, std::string date, std::string title) {
    d_.id = std::move(id);
    d_.url = std::move(url);
    d_.date = std::move(date);
    d_.title = title;
    sentence(title);
  }

  // Appends a sentence; returns the index of its first token.
  uint32_t sentence(const std::string& words) {
    if (!d_.text.empty()) d_.text += d_.sentences.size() == 1 ? "\n\n" : " ";
    Sentence s;
    s.token_begin = static_cast<uint32_t>(d_.tokens.size());
    s.begin = static_cast<uint32_t>(d_.text.size());
    size_t i = 0;
    while (i < words.size()) {
      while (i < words.size() && words[i] == ' ') ++i;
      size_t j = i;
      while (j < words.size() && words[j] != ' ') ++j;
      if (j > i) {
        Token t;
        t.begin = static_cast<uint32_t>(d_.text.size() + i);
        t.end = static_cast<uint32_t>(d_.text.size() + j);
        t.norm = words.substr(i, j - i);
        d_.tokens.push_back(t);
      }
      i = j;
    }
    d_.text += words;
    s.end = static_cast<uint32_t>(d_.text.size());
    s.token_end = static_cast<uint32_t>(d_.tokens.size());
    d_.sentences.push_back(s);
    return s.token_begin;
  }

  int mention(uint32_t tb, uint32_t te, const std::string& code, const std::string& country,
              std::vector<std::string> sectors = {}, const std::string& org = "") {
    ActorMention m;
    m.token_begin = tb;
    m.token_end = te;
    m.head = te - 1;
    m.actor.code = code;
    m.actor.country = country;
    m.actor.org = org;
    m.actor.sectors = std::move(sectors);
    m.entry = code;
    d_.mentions.push_back(m);
    return static_cast<int>(d_.mentions.size() - 1);
  }

  int event(uint32_t sentence, int src, int tgt, const std::string& cameo, int quad, double goldstein,
            const std::string& date = "", int verb_token = -1, Modality mod = Modality::kAsserted) {
    Event e;
    e.sentence = sentence;
    e.source = src;
    e.target = tgt;
    e.cameo = cameo;
    e.root = cameo.substr(0, 2);
    e.plover = "TEST";
    e.quad = quad;
    e.goldstein = goldstein;
    e.date = date;
    e.modality = mod;
    if (verb_token >= 0) {
      e.verb_begin = verb_token;
      e.verb_end = verb_token + 1;
    }
    e.rule = "test-rule";
    d_.events.push_back(e);
    return static_cast<int>(d_.events.size() - 1);
  }

  int quote(uint32_t tb, uint32_t te, int speaker, int cue, uint32_t sentence) {
    Quote q;
    q.token_begin = tb;
    q.token_end = te;
    q.begin = d_.tokens[tb].begin;
    q.end = d_.tokens[te - 1].end;
    q.speaker = speaker;
    q.cue = cue;
    q.sentence = sentence;
    d_.quotes.push_back(q);
    return static_cast<int>(d_.quotes.size() - 1);
  }

  Document& doc() { return d_; }

 private:
  Document d_;
};

// One article with one event SRC -> TGT (country-level actors named by their
// ISO codes), coded `cameo` on `date`. Text varies with `id` so hashes differ.
inline Document simple_article(const std::string& id, const std::string& url, const std::string& date,
                               const std::string& src, const std::string& tgt, const std::string& cameo,
                               int quad = 1, double goldstein = 1.0, Modality mod = Modality::kAsserted) {
  DocBuilder b(id, url, date, "Report " + id);
  uint32_t t = b.sentence("Officials of " + src + " met envoys of " + tgt + " in story " + id + " .");
  int s = b.mention(t + 2, t + 3, src + "GOV", src, {"GOV"});
  int g = b.mention(t + 6, t + 7, tgt + "GOV", tgt, {"GOV"});
  b.event(1, s, g, cameo, quad, goldstein, date, static_cast<int>(t + 3), mod);
  return b.doc();
}

}  // namespace dyad::testing_store

#endif  // DYAD_TESTS_STORE_DOC_BUILDER_H_
