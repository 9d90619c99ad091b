// Event records as JSON Lines and TSV. The JSON field set is a contract
// (README "Event records"): add fields, never rename or retype them.
#include <nlohmann/json.hpp>
#include <cmath>
#include <string>

#include "dyad/output.h"

namespace dyad {
namespace {

constexpr uint32_t kBlock = 64;

std::string sentence_text(const Document& doc, const Event& e) {
  if (e.sentence >= doc.sentences.size()) return "";
  const Sentence& s = doc.sentences[e.sentence];
  std::string t(doc.span_text(s.begin, s.end));
  for (char& c : t)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  return t;
}

const ActorMention* mention_at(const Document& doc, int32_t i) {
  return i >= 0 && static_cast<size_t>(i) < doc.mentions.size() ? &doc.mentions[i] : nullptr;
}

nlohmann::json null_or(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

nlohmann::json actor_json(const Document& doc, const ActorMention* m, const CharOffsets& chars) {
  if (!m || m->token_begin >= m->token_end || m->token_end > doc.tokens.size()) return nullptr;
  nlohmann::json a;
  a["text"] = std::string(doc.tokens_text(m->token_begin, m->token_end));
  a["code"] = m->actor.code;
  a["country"] = null_or(m->actor.country);
  a["org"] = null_or(m->actor.org);
  a["sectors"] = m->actor.sectors;
  a["start"] = chars(doc.tokens[m->token_begin].begin);
  a["end"] = chars(doc.tokens[m->token_end - 1].end);
  // Where a pronoun or bare title was resolved to an earlier mention, say so.
  if (m->antecedent >= 0) {
    const ActorMention* ante = mention_at(doc, m->antecedent);
    if (ante) a["refers_to"] = std::string(doc.tokens_text(ante->token_begin, ante->token_end));
  }
  a["basis"] = m->basis;
  a["confidence"] = std::round(static_cast<double>(m->confidence) * 100) / 100;
  return a;
}

nlohmann::json span_json(const Document& doc, int32_t tb, int32_t te, const CharOffsets& chars) {
  if (tb < 0 || te <= tb || static_cast<size_t>(te) > doc.tokens.size()) return nullptr;
  return nlohmann::json::array({chars(doc.tokens[tb].begin), chars(doc.tokens[te - 1].end)});
}

std::string verb_text(const Document& doc, const Event& e) {
  if (e.verb_begin < 0 || e.verb_end <= e.verb_begin || static_cast<size_t>(e.verb_end) > doc.tokens.size())
    return "";
  return std::string(doc.tokens_text(e.verb_begin, e.verb_end));
}

std::string explanation(const Document& doc, const Event& e) {
  auto side = [&](int32_t i) -> std::string {
    const ActorMention* m = mention_at(doc, i);
    if (!m) return "(none)";
    std::string s = m->actor.code + " \"" + std::string(doc.tokens_text(m->token_begin, m->token_end)) + "\"";
    if (!m->entry.empty()) s += " [" + m->entry + "]";
    if (const ActorMention* ante = mention_at(doc, m->antecedent))
      s += " = \"" + std::string(doc.tokens_text(ante->token_begin, ante->token_end)) + "\"";
    return s;
  };
  std::string s = side(e.source) + " --" + e.cameo + " (" + e.plover + ", verb \"" + verb_text(doc, e) +
                  "\", rule " + e.rule + ", " + std::string(modality_name(e.modality));
  if (e.quote >= 0) s += ", inside quote q" + std::to_string(e.quote);
  s += ")--> " + side(e.target);
  return s;
}

}  // namespace

CharOffsets::CharOffsets(const std::string& text) : text_(text) {
  prefix_.reserve(text.size() / kBlock + 2);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) prefix_.push_back(count);
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++count;
  }
  prefix_.push_back(count);
}

uint32_t CharOffsets::operator()(uint32_t byte_offset) const {
  if (byte_offset >= text_.size()) return prefix_.back();
  uint32_t block = byte_offset / kBlock;
  uint32_t count = prefix_[block];
  for (uint32_t i = block * kBlock; i < byte_offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++count;
  return count;
}

void append_events_jsonl(const Document& doc, const OutputOptions& options, std::string& out) {
  if (doc.events.empty()) return;
  CharOffsets chars(doc.text);
  nlohmann::json version = {{"dyad", options.dyad_version},
                            {"models", options.model_version},
                            {"lexicons", options.lexicon_version}};
  for (const Event& e : doc.events) {
    nlohmann::json j;
    j["doc"] = doc.id;
    j["sentence_index"] = e.sentence;
    j["sentence"] = sentence_text(doc, e);
    j["date"] = null_or(e.date.empty() ? doc.date : e.date);
    // Where the date came from, and the words that gave it (when any).
    j["date_source"] = std::string(date_source_name(e.date_source));
    j["date_text"] = e.date_begin >= 0 && e.date_end > e.date_begin && static_cast<size_t>(e.date_end) <= doc.tokens.size()
                         ? nlohmann::json(std::string(doc.tokens_text(e.date_begin, e.date_end)))
                         : nlohmann::json();
    j["date_span"] = span_json(doc, e.date_begin, e.date_end, chars);
    j["source"] = actor_json(doc, mention_at(doc, e.source), chars);
    j["target"] = actor_json(doc, mention_at(doc, e.target), chars);
    j["cameo"] = e.cameo;
    j["root"] = e.root;
    j["plover"] = e.plover;
    j["goldstein"] = e.goldstein;
    j["quad"] = e.quad;
    j["modality"] = std::string(modality_name(e.modality));
    j["quote"] = e.quote >= 0 ? nlohmann::json("q" + std::to_string(e.quote)) : nlohmann::json();
    const ActorMention* src = mention_at(doc, e.source);
    const ActorMention* tgt = mention_at(doc, e.target);
    j["evidence"] = {
        {"verb", verb_text(doc, e)},
        {"spans",
         {{"source", src ? span_json(doc, src->token_begin, src->token_end, chars) : nullptr},
          {"verb", span_json(doc, e.verb_begin, e.verb_end, chars)},
          {"target", tgt ? span_json(doc, tgt->token_begin, tgt->token_end, chars) : nullptr}}},
        {"rule", e.rule}};
    if (options.explain) j["explanation"] = explanation(doc, e);
    j["version"] = version;
    // Replace invalid UTF-8 rather than throw: ingest repairs text, but a
    // lexicon could still carry a bad byte and one record must not kill a run.
    out += j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out += '\n';
  }
}

std::string events_tsv_header() {
  return "doc\tsentence_index\tdate\tsource_code\tsource_text\ttarget_code\ttarget_text\tcameo\troot\t"
         "plover\tgoldstein\tquad\tmodality\tquote\tverb\trule\tsentence\n";
}

void append_events_tsv(const Document& doc, const OutputOptions& /*options*/, std::string& out) {
  auto clean = [](std::string s) {
    for (char& c : s)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
  };
  for (const Event& e : doc.events) {
    const ActorMention* src = mention_at(doc, e.source);
    const ActorMention* tgt = mention_at(doc, e.target);
    auto code = [](const ActorMention* m) { return m ? m->actor.code : std::string(); };
    auto text = [&](const ActorMention* m) {
      return m ? std::string(doc.tokens_text(m->token_begin, m->token_end)) : std::string();
    };
    char gold[32];
    std::snprintf(gold, sizeof(gold), "%.1f", e.goldstein);
    out += clean(doc.id) + '\t' + std::to_string(e.sentence) + '\t' + (e.date.empty() ? doc.date : e.date) +
           '\t' + code(src) + '\t' + clean(text(src)) + '\t' + code(tgt) + '\t' + clean(text(tgt)) + '\t' +
           e.cameo + '\t' + e.root + '\t' + e.plover + '\t' + gold + '\t' + std::to_string(e.quad) + '\t' +
           std::string(modality_name(e.modality)) + '\t' + (e.quote >= 0 ? "q" + std::to_string(e.quote) : "") +
           '\t' + clean(verb_text(doc, e)) + '\t' + e.rule + '\t' + clean(sentence_text(doc, e)) + '\n';
  }
}

}  // namespace dyad
