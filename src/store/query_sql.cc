#include "store/query_sql.h"

#include <cctype>

#include "store/store_impl.h"

namespace dyad::store {

int Where::bind(Stmt& st, int first) const {
  int i = first;
  for (const auto& v : values) {
    if (auto* p = std::get_if<int64_t>(&v)) st.bind(i, *p);
    else if (auto* d = std::get_if<double>(&v)) st.bind(i, *d);
    else st.bind(i, std::string_view(std::get<std::string>(v)));
    ++i;
  }
  return i;
}

std::string prefix_end(const std::string& prefix) {
  std::string end = prefix;
  while (!end.empty()) {
    unsigned char c = static_cast<unsigned char>(end.back());
    if (c < 0xFF) {
      end.back() = static_cast<char>(c + 1);
      return end;
    }
    end.pop_back();
  }
  return end;
}

std::string like_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string fts_query(const std::string& text) {
  std::string out;
  size_t i = 0, words = 0;
  // Bound the work: a search box does not need more than 16 words.
  while (i < text.size() && words < 16) {
    auto word_char = [](unsigned char c) { return c >= 0x80 || (c < 0x80 && std::isalnum(c)); };
    while (i < text.size() && !word_char(static_cast<unsigned char>(text[i]))) ++i;
    size_t b = i;
    while (i < text.size() && word_char(static_cast<unsigned char>(text[i]))) ++i;
    if (i == b) break;
    if (!out.empty()) out += ' ';
    out += '"';
    out.append(text, b, i - b);  // letters, digits and UTF-8 bytes only: no quote to escape
    out += '"';
    ++words;
  }
  if (!out.empty()) out += '*';
  return out;
}

std::string side_condition(DyadLevel level, const std::string& side, const std::string& col_key,
                           const std::string& col_code, Where& w) {
  if (level == DyadLevel::kCountry) {
    w.value(side);
    return col_key + " = ?";
  }
  std::string end = prefix_end(side);
  w.value(side);
  if (end.empty()) return col_code + " >= ?";
  w.value(end);
  return "(" + col_code + " >= ? AND " + col_code + " < ?)";
}

void add_dyad_conditions(const std::string& source, const std::string& target, DyadLevel level, bool undirected,
                         const std::string& a, Where& w) {
  const std::string sk = a + "source_key", tk = a + "target_key", sc = a + "source_code", tc = a + "target_code";
  if (source.empty() && target.empty()) return;
  if (!undirected) {
    if (!source.empty()) w.add(side_condition(level, source, sk, sc, w));
    if (!target.empty()) w.add(side_condition(level, target, tk, tc, w));
    return;
  }
  if (!source.empty() && !target.empty()) {
    std::string c1 = side_condition(level, source, sk, sc, w);
    std::string c2 = side_condition(level, target, tk, tc, w);
    std::string c3 = side_condition(level, target, sk, sc, w);
    std::string c4 = side_condition(level, source, tk, tc, w);
    w.add("((" + c1 + " AND " + c2 + ") OR (" + c3 + " AND " + c4 + "))");
    return;
  }
  const std::string& one = source.empty() ? target : source;
  std::string c1 = side_condition(level, one, sk, sc, w);
  std::string c2 = side_condition(level, one, tk, tc, w);
  w.add("(" + c1 + " OR " + c2 + ")");
}

void check_date(const std::string& db_path, const char* what, const std::string& date) {
  int64_t d;
  // format_day(parse_day(x)) == x only for a day the month has: 2023-02-30
  // would otherwise be read as March 2nd.
  if (!date.empty() && (date.size() != 10 || !parse_day(date, d) || format_day(d) != date))
    throw StoreError("database '" + db_path + "': " + what + " must be YYYY-MM-DD, got '" + date + "'");
}

std::optional<StoredActor> read_actor(const Stmt& st, int c) {
  if (st.is_null(c)) return std::nullopt;      // no mention index
  if (st.is_null(c + 2)) return std::nullopt;  // mention row missing
  StoredActor a;
  a.text = st.text(c + 1);
  a.code = st.text(c + 2);
  a.country = st.text(c + 3);
  a.org = st.text(c + 4);
  a.sectors = split_sectors(st.text(c + 5));
  a.start = st.int64(c + 6);
  a.end = st.int64(c + 7);
  a.refers_to = st.text(c + 8);
  a.basis = st.text(c + 9);
  a.confidence = st.is_null(c + 10) ? -1.0 : st.real(c + 10);
  return a;
}

std::vector<std::string> split_sectors(const std::string& s) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b < s.size()) {
    size_t e = s.find(' ', b);
    if (e == std::string::npos) e = s.size();
    if (e > b) out.push_back(s.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

}  // namespace dyad::store
