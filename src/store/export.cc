#include "store/export.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "store/store_impl.h"

namespace dyad {
namespace {

nlohmann::json null_or(const std::string& s) { return s.empty() ? nlohmann::json() : nlohmann::json(s); }

nlohmann::json actor_json(const std::optional<StoredActor>& a) {
  if (!a) return nullptr;
  nlohmann::json j;
  j["text"] = a->text;
  j["code"] = a->code;
  j["country"] = null_or(a->country);
  j["org"] = null_or(a->org);
  j["sectors"] = a->sectors;
  j["start"] = a->start;
  j["end"] = a->end;
  if (!a->refers_to.empty()) j["refers_to"] = a->refers_to;
  if (!a->basis.empty()) j["basis"] = a->basis;
  if (a->confidence >= 0) j["confidence"] = a->confidence;
  return j;
}

nlohmann::json span(int64_t b, int64_t e) {
  if (b < 0 || e < b) return nullptr;
  return nlohmann::json::array({b, e});
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string tsv_field(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string fmt_double(double v, const char* f = "%.1f") {
  char buf[64];
  std::snprintf(buf, sizeof(buf), f, v);
  return buf;
}

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// The ten actor columns of one GDELT side.
void gdelt_actor(const std::optional<StoredActor>& a, std::vector<std::string>& cols) {
  if (!a) {
    cols.insert(cols.end(), 10, "");
    return;
  }
  cols.push_back(a->code);
  // GDELT names the actor, not the pronoun that referred to it.
  cols.push_back(tsv_field(upper(a->refers_to.empty() ? a->text : a->refers_to)));
  cols.push_back(a->country);
  cols.push_back(a->org);  // KnownGroupCode
  cols.push_back("");      // EthnicCode
  cols.push_back("");      // Religion1Code
  cols.push_back("");      // Religion2Code
  for (size_t i = 0; i < 3; ++i) cols.push_back(i < a->sectors.size() ? a->sectors[i] : "");
}

}  // namespace

const std::vector<std::string>& gdelt_columns() {
  static const std::vector<std::string> cols = [] {
    std::vector<std::string> c = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
    for (const char* side : {"Actor1", "Actor2"})
      for (const char* f : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                            "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
        c.push_back(std::string(side) + f);
    for (const char* f : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                          "NumMentions", "NumSources", "NumArticles", "AvgTone"})
      c.push_back(f);
    for (const char* geo : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"})
      for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"})
        c.push_back(std::string(geo) + f);
    c.push_back("DATEADDED");
    c.push_back("SOURCEURL");
    return c;
  }();
  return cols;
}

std::string event_jsonl(const StoredEvent& e) {
  nlohmann::json j;
  j["doc"] = e.doc_id;
  j["sentence_index"] = e.sentence_index;
  j["sentence"] = e.sentence;
  j["date"] = null_or(e.date);
  j["date_source"] = null_or(e.date_source);
  j["date_text"] = null_or(e.date_text);
  j["source"] = actor_json(e.source);
  j["target"] = actor_json(e.target);
  j["cameo"] = e.cameo;
  j["root"] = e.root;
  j["plover"] = e.plover;
  j["plover_mode"] = e.plover_mode;
  j["place"] = null_or(e.place);
  j["place_country"] = null_or(e.place_country);
  j["goldstein"] = e.goldstein;
  j["quad"] = e.quad;
  j["modality"] = e.modality;
  j["quote"] = e.quote_index >= 0 ? nlohmann::json("q" + std::to_string(e.quote_index)) : nlohmann::json();
  j["evidence"] = {{"verb", e.verb},
                   {"spans",
                    {{"source", e.source ? span(e.source->start, e.source->end) : nullptr},
                     {"verb", span(e.verb_start, e.verb_end)},
                     {"target", e.target ? span(e.target->start, e.target->end) : nullptr}}},
                   {"rule", e.rule}};
  j["version"] = {{"dyad", e.dyad_version}, {"models", e.model_version}, {"lexicons", e.lexicon_version}};
  j["article_id"] = e.article_id;
  j["url"] = null_or(e.url);
  j["event_id"] = e.id;
  j["dedup_id"] = e.dedup_id ? nlohmann::json(e.dedup_id) : nlohmann::json();
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string events_csv_header() {
  return "event_id,article_id,doc,url,date,sentence_index,source_code,source_text,source_country,target_code,"
         "target_text,target_country,cameo,root,plover,plover_mode,place,place_country,goldstein,quad,modality,quote,verb,verb_start,verb_end,"
         "rule,dedup_id,sentence\n";
}

std::string event_csv(const StoredEvent& e) {
  auto side = [](const std::optional<StoredActor>& a, std::string StoredActor::*f) {
    return a ? csv_field((*a).*f) : std::string();
  };
  std::string r;
  r += std::to_string(e.id) + ',' + std::to_string(e.article_id) + ',' + csv_field(e.doc_id) + ',' +
       csv_field(e.url) + ',' + e.date + ',' + std::to_string(e.sentence_index) + ',';
  r += side(e.source, &StoredActor::code) + ',' + side(e.source, &StoredActor::text) + ',' +
       side(e.source, &StoredActor::country) + ',';
  r += side(e.target, &StoredActor::code) + ',' + side(e.target, &StoredActor::text) + ',' +
       side(e.target, &StoredActor::country) + ',';
  r += csv_field(e.cameo) + ',' + csv_field(e.root) + ',' + csv_field(e.plover) + ',' + csv_field(e.plover_mode) + ',' +
       csv_field(e.place) + ',' + csv_field(e.place_country) + ',' + fmt_double(e.goldstein) +
       ',' + std::to_string(e.quad) + ',' + e.modality + ',' +
       (e.quote_index >= 0 ? "q" + std::to_string(e.quote_index) : "") + ',' + csv_field(e.verb) + ',' +
       (e.verb_start >= 0 ? std::to_string(e.verb_start) : "") + ',' +
       (e.verb_end >= 0 ? std::to_string(e.verb_end) : "") + ',' + csv_field(e.rule) + ',' +
       (e.dedup_id ? std::to_string(e.dedup_id) : "") + ',' + csv_field(e.sentence) + '\n';
  return r;
}

std::string gdelt_row(const DedupEvent& d, const StoredEvent& first, const std::string& date_added) {
  std::vector<std::string> c;
  c.reserve(61);
  std::string ymd = d.date.size() == 10 ? d.date.substr(0, 4) + d.date.substr(5, 2) + d.date.substr(8, 2) : "";
  c.push_back(std::to_string(d.id));
  c.push_back(ymd);
  c.push_back(ymd.substr(0, 6));
  c.push_back(ymd.substr(0, 4));
  // FractionDate: year + day-of-year / 365, four decimals, as GDELT writes it.
  int64_t day = 0, jan1 = 0;
  if (store::parse_day(d.date, day) && store::parse_day(d.date.substr(0, 4) + "-01-01", jan1))
    c.push_back(fmt_double(std::stoi(d.date.substr(0, 4)) + (day - jan1 + 1) / 365.0, "%.4f"));
  else
    c.push_back("");
  gdelt_actor(first.source, c);
  gdelt_actor(first.target, c);
  // IsRootEvent: GDELT marks events from the lead paragraph; the headline
  // (sentence 0) and the first body sentence stand in for it here.
  c.push_back(first.sentence_index <= 1 ? "1" : "0");
  c.push_back(d.cameo);
  c.push_back(d.family);
  c.push_back(d.root);
  c.push_back(std::to_string(d.quad));
  c.push_back(fmt_double(d.goldstein));
  c.push_back(std::to_string(d.num_mentions));
  c.push_back(std::to_string(d.num_sources));
  c.push_back(std::to_string(d.num_articles));
  c.push_back("");                      // AvgTone: dyad scores no tone
  c.insert(c.end(), 3 * 8, "");         // Actor1Geo_, Actor2Geo_, ActionGeo_: no geocoding yet
  c.push_back(date_added);
  c.push_back(tsv_field(first.url));
  std::string row;
  for (size_t i = 0; i < c.size(); ++i) {
    if (i) row += '\t';
    row += c[i];
  }
  return row + '\n';
}

uint64_t export_store(Store& store, ExportFormat format, const std::string& from, const std::string& to,
                      const std::function<void(const std::string&)>& out) {
  EventFilter f;
  f.from = from;
  f.to = to;
  uint64_t n = 0;
  if (format == ExportFormat::kGdelt) {
    // Collect first, then look up each group's first mention: one statement
    // is never stepped while another runs on the same connection's results.
    std::vector<DedupEvent> groups;
    store.for_each_dedup_event(f, [&](const DedupEvent& d) {
      groups.push_back(d);
      return true;
    });
    for (const DedupEvent& d : groups) {
      std::vector<StoredEvent> mentions = store.dedup_mentions(d.id);
      if (mentions.empty()) continue;
      const StoredEvent* first = &mentions.front();
      for (const StoredEvent& m : mentions)
        if (m.id == d.first_event_id) first = &m;
      // DATEADDED: when the first mention's article was stored, YYYYMMDDHHMMSS.
      std::string added;
      for (char ch : first->ingested_at)
        if (ch >= '0' && ch <= '9') added += ch;
      out(gdelt_row(d, *first, added));
      ++n;
    }
    return n;
  }
  if (format == ExportFormat::kCsv) out(events_csv_header());
  store.for_each_event(f, [&](const StoredEvent& e) {
    out(format == ExportFormat::kJsonl ? event_jsonl(e) : event_csv(e));
    ++n;
    return true;
  });
  return n;
}

}  // namespace dyad
