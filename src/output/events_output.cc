// Event records as JSON Lines and TSV. The JSON field set is a contract
// (README "Event records"): add fields, never rename or retype them.
#include <nlohmann/json.hpp>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

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


std::string verb_text(const Document& doc, const Event& e) {
  if (e.verb_begin < 0 || e.verb_end <= e.verb_begin || static_cast<size_t>(e.verb_end) > doc.tokens.size())
    return "";
  return std::string(doc.tokens_text(e.verb_begin, e.verb_end));
}

std::string explanation(const Document& doc, const Event& e) {
  auto side = [&](int32_t i, const Actor* a) -> std::string {
    const ActorMention* m = doc.mention(i);
    if (!m || !a) return "(none)";
    std::string s = a->code + " \"" + std::string(doc.tokens_text(m->token_begin, m->token_end)) + "\"";
    if (!m->entry.empty()) s += " [" + m->entry + "]";
    if (const ActorMention* ante = doc.mention(m->antecedent))
      s += " = \"" + std::string(doc.tokens_text(ante->token_begin, ante->token_end)) + "\"";
    return s;
  };
  std::string s = side(e.source, doc.source_actor(e)) + " --" + e.cameo + " (" + e.plover +
                  (e.plover_mode.empty() ? std::string() : "/" + e.plover_mode) + ", verb \"" + verb_text(doc, e) +
                  "\", rule " + e.rule + ", " + std::string(modality_name(e.modality));
  if (e.quote >= 0) s += ", inside quote q" + std::to_string(e.quote);
  s += ")--> " + side(e.target, doc.target_actor(e));
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

// The JSONL writer builds each record's text directly, in the byte layout
// nlohmann::json gives the same object (keys in std::map order, no spaces,
// UTF-8 kept, invalid UTF-8 replaced): building a json tree per record cost
// ~100k instructions. Numbers that are not integers, and any string with a
// byte outside ASCII, still go through nlohmann's own serialiser, so those
// bytes are nlohmann's by construction.
namespace {

void put_json_string(std::string& out, std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) {
      out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
      return;
    }
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof(buf), "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
}

void put_string_or_null(std::string& out, std::string_view s) {
  if (s.empty()) out += "null";
  else put_json_string(out, s);
}

void put_uint(std::string& out, uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof(buf), v);
  out.append(buf, r.ptr);
}

void put_int(std::string& out, int64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof(buf), v);
  out.append(buf, r.ptr);
}

void put_double(std::string& out, double v) { out += nlohmann::json(v).dump(); }

void put_span(std::string& out, const Document& doc, int32_t tb, int32_t te, const CharOffsets& chars) {
  if (tb < 0 || te <= tb || static_cast<size_t>(te) > doc.tokens.size()) {
    out += "null";
    return;
  }
  out += '[';
  put_uint(out, chars(doc.tokens[tb].begin));
  out += ',';
  put_uint(out, chars(doc.tokens[te - 1].end));
  out += ']';
}

// The mention's words and provenance, with the actor as the event codes it.
void put_actor(std::string& out, const Document& doc, const ActorMention* m, const Actor* a,
               const CharOffsets& chars) {
  if (!m || !a || m->token_begin >= m->token_end || m->token_end > doc.tokens.size()) {
    out += "null";
    return;
  }
  out += "{\"basis\":";
  put_json_string(out, m->basis);
  out += ",\"code\":";
  put_json_string(out, a->code);
  out += ",\"confidence\":";
  put_double(out, std::round(static_cast<double>(m->confidence) * 100) / 100);
  out += ",\"country\":";
  put_string_or_null(out, a->country);
  out += ",\"end\":";
  put_uint(out, chars(doc.tokens[m->token_end - 1].end));
  out += ",\"org\":";
  put_string_or_null(out, a->org);
  // Where a pronoun or bare title was resolved to an earlier mention, say so.
  if (m->antecedent >= 0) {
    if (const ActorMention* ante = doc.mention(m->antecedent)) {
      out += ",\"refers_to\":";
      put_json_string(out, doc.tokens_text(ante->token_begin, ante->token_end));
    }
  }
  out += ",\"sectors\":[";
  for (size_t i = 0; i < a->sectors.size(); ++i) {
    if (i) out += ',';
    put_json_string(out, a->sectors[i]);
  }
  out += "],\"start\":";
  put_uint(out, chars(doc.tokens[m->token_begin].begin));
  out += ",\"text\":";
  put_json_string(out, doc.tokens_text(m->token_begin, m->token_end));
  out += '}';
}

}  // namespace

void append_events_jsonl(const Document& doc, const OutputOptions& options, std::string& out) {
  if (doc.events.empty()) return;
  CharOffsets chars(doc.text);
  std::string version = "{\"dyad\":";
  put_json_string(version, options.dyad_version);
  version += ",\"lexicons\":";
  put_json_string(version, options.lexicon_version);
  version += ",\"models\":";
  put_json_string(version, options.model_version);
  version += '}';
  for (const Event& e : doc.events) {
    const ActorMention* src = doc.mention(e.source);
    const ActorMention* tgt = doc.mention(e.target);
    // Keys in the order of nlohmann's std::map-backed objects (sorted).
    out += "{\"cameo\":";
    put_json_string(out, e.cameo);
    out += ",\"date\":";
    put_string_or_null(out, e.date.empty() ? doc.date : e.date);
    // Where the date came from, and the words that gave it (when any).
    out += ",\"date_source\":";
    put_json_string(out, date_source_name(e.date_source));
    out += ",\"date_span\":";
    put_span(out, doc, e.date_begin, e.date_end, chars);
    out += ",\"date_text\":";
    if (e.date_begin >= 0 && e.date_end > e.date_begin && static_cast<size_t>(e.date_end) <= doc.tokens.size())
      put_json_string(out, doc.tokens_text(e.date_begin, e.date_end));
    else
      out += "null";
    out += ",\"doc\":";
    put_json_string(out, doc.id);
    // The date the actor codes hold at, and where it came from.
    out += ",\"evidence\":{\"actors_as_of\":";
    if (doc.actor_date.empty()) {
      out += "null";
    } else {
      out += "{\"basis\":";
      put_json_string(out, doc.actor_date_basis);
      out += ",\"date\":";
      put_json_string(out, doc.actor_date);
      out += '}';
    }
    out += ",\"rule\":";
    put_json_string(out, e.rule);
    out += ",\"spans\":{\"source\":";
    if (src) put_span(out, doc, src->token_begin, src->token_end, chars);
    else out += "null";
    out += ",\"target\":";
    if (tgt) put_span(out, doc, tgt->token_begin, tgt->token_end, chars);
    else out += "null";
    out += ",\"verb\":";
    put_span(out, doc, e.verb_begin, e.verb_end, chars);
    out += "},\"verb\":";
    put_json_string(out, verb_text(doc, e));
    out += '}';
    if (options.explain) {
      out += ",\"explanation\":";
      put_json_string(out, explanation(doc, e));
    }
    out += ",\"goldstein\":";
    put_double(out, e.goldstein);
    out += ",\"modality\":";
    put_json_string(out, modality_name(e.modality));
    // Where it happened, when the sentence says so (events/places.h).
    out += ",\"place\":";
    if (e.place_begin >= 0 && e.place_end > e.place_begin && static_cast<size_t>(e.place_end) <= doc.tokens.size()) {
      out += "{\"country\":";
      put_string_or_null(out, e.place_country);
      out += ",\"span\":";
      put_span(out, doc, e.place_begin, e.place_end, chars);
      out += ",\"text\":";
      put_json_string(out, doc.tokens_text(e.place_begin, e.place_end));
      out += '}';
    } else {
      out += "null";
    }
    out += ",\"plover\":";
    put_json_string(out, e.plover);
    out += ",\"plover_mode\":";
    put_json_string(out, e.plover_mode);
    out += ",\"quad\":";
    put_int(out, e.quad);
    out += ",\"quote\":";
    if (e.quote >= 0) put_json_string(out, "q" + std::to_string(e.quote));
    else out += "null";
    out += ",\"root\":";
    put_json_string(out, e.root);
    out += ",\"sentence\":";
    put_json_string(out, sentence_text(doc, e));
    out += ",\"sentence_index\":";
    put_uint(out, e.sentence);
    out += ",\"source\":";
    put_actor(out, doc, src, doc.source_actor(e), chars);
    out += ",\"target\":";
    put_actor(out, doc, tgt, doc.target_actor(e), chars);
    out += ",\"version\":";
    out += version;
    out += "}\n";
  }
}

// The words naming an event's place, or "".
static std::string place_text(const Document& doc, const Event& e) {
  if (e.place_begin < 0 || e.place_end <= e.place_begin || static_cast<size_t>(e.place_end) > doc.tokens.size())
    return std::string();
  return std::string(doc.tokens_text(e.place_begin, e.place_end));
}

std::string events_tsv_header() {
  return "doc\tsentence_index\tdate\tsource_code\tsource_text\ttarget_code\ttarget_text\tcameo\troot\t"
         "plover\tplover_mode\tgoldstein\tquad\tmodality\tquote\tverb\trule\tplace\tplace_country\tsentence\n";
}

void append_events_tsv(const Document& doc, const OutputOptions& /*options*/, std::string& out) {
  auto clean = [](std::string s) {
    for (char& c : s)
      if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return s;
  };
  for (const Event& e : doc.events) {
    const ActorMention* src = doc.mention(e.source);
    const ActorMention* tgt = doc.mention(e.target);
    auto code = [](const Actor* a) { return a ? a->code : std::string(); };
    auto text = [&](const ActorMention* m) {
      return m ? std::string(doc.tokens_text(m->token_begin, m->token_end)) : std::string();
    };
    char gold[32];
    std::snprintf(gold, sizeof(gold), "%.1f", e.goldstein);
    out += clean(doc.id) + '\t' + std::to_string(e.sentence) + '\t' + (e.date.empty() ? doc.date : e.date) +
           '\t' + code(doc.source_actor(e)) + '\t' + clean(text(src)) + '\t' + code(doc.target_actor(e)) + '\t' + clean(text(tgt)) + '\t' +
           e.cameo + '\t' + e.root + '\t' + e.plover + '\t' + e.plover_mode + '\t' + gold + '\t' + std::to_string(e.quad) + '\t' +
           std::string(modality_name(e.modality)) + '\t' + (e.quote >= 0 ? "q" + std::to_string(e.quote) : "") +
           '\t' + clean(verb_text(doc, e)) + '\t' + e.rule + '\t' + clean(place_text(doc, e)) + '\t' +
           e.place_country + '\t' + clean(sentence_text(doc, e)) + '\n';
  }
}

}  // namespace dyad
