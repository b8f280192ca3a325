#include "cli/env.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <iostream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "cli/rule_files.hpp"

#include "rapport/ingest/common/phone.hpp"
#include "rapport/util/ascii.hpp"

namespace rapport::cli {
namespace fs = std::filesystem;

namespace {

fs::path home_dir() {
  const char* home = std::getenv("HOME");
  return home != nullptr && home[0] != '\0' ? fs::path(home) : fs::current_path();
}

fs::path xdg_dir(const char* variable, const char* fallback_under_home) {
  const char* value = std::getenv(variable);
  // The XDG spec says relative values are invalid and must be ignored.
  if (value != nullptr && value[0] == '/') return fs::path(value);
  return home_dir() / fallback_under_home;
}

std::size_t detect_terminal_width() {
  if (const char* columns = std::getenv("COLUMNS")) {
    const int value = std::atoi(columns);
    if (value > 20) return static_cast<std::size_t>(value);
  }
  winsize size{};
  if (isatty(STDOUT_FILENO) != 0 && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
    return size.ws_col;
  return 100;  // not a terminal: wide enough for a pager or a file, narrow enough to read
}

std::string expand_home(const std::string& path) {
  if (path.rfind("~/", 0) == 0) return (home_dir() / path.substr(2)).string();
  return path;
}

void read_string_array(toml::node_view<toml::node> node, std::vector<std::string>& out) {
  if (const auto* array = node.as_array()) {
    for (const auto& element : *array)
      if (auto value = element.value<std::string>()) out.push_back(*value);
  } else if (auto value = node.value<std::string>()) {
    out.push_back(*value);
  }
}

// The country part of the locale ("en_GB.UTF-8" → "GB"), the phone book's region:
// LC_ALL overrides LC_TELEPHONE, which overrides LANG (POSIX precedence).
std::string region_from_locale() {
  for (const char* variable : {"LC_ALL", "LC_TELEPHONE", "LANG"}) {
    const char* value = std::getenv(variable);
    if (value == nullptr || value[0] == '\0') continue;
    const std::string locale(value);
    const auto underscore = locale.find('_');
    if (underscore == std::string::npos || underscore + 3 > locale.size()) return {};
    std::string region = locale.substr(underscore + 1, 2);
    if (std::isupper(static_cast<unsigned char>(region[0])) == 0 ||
        std::isupper(static_cast<unsigned char>(region[1])) == 0)
      return {};
    return region;
  }
  return {};
}

// A number of days (or a count) from a table, when present and not negative.
template <typename T>
void read_number(const toml::table& table, std::string_view section, std::string_view key, T& out) {
  const auto node = table[section][key];
  if (const auto value = node.value<double>(); value && *value >= 0) out = static_cast<T>(*value);
}

void read_today_settings(const toml::table& t, playbook::TodaySettings& s) {
  read_number(t, "today", "list_size", s.list_size);
  read_number(t, "today", "recent_live_days", s.recent_live_days);
  read_number(t, "today", "voicemail_retry_days", s.voicemail_retry_days);
  read_number(t, "today", "default_rhythm_days", s.default_rhythm_days);
  read_number(t, "today", "min_rhythm_days", s.min_rhythm_days);
  read_number(t, "today", "lookback_days", s.lookback_days);
  read_number(t, "today", "promised_answer_days", s.promised_answer_days);
  read_number(t, "today", "decision_memory_days", s.decision_memory_days);
  read_number(t, "today", "away_days", s.away_days);
  read_number(t, "today", "meeting_memory_days", s.meeting_memory_days);
  read_number(t, "today", "call_request_days", s.call_request_days);
  read_number(t, "today", "answer_memory_days", s.answer_memory_days);
  read_number(t, "today", "awaited_reply_days", s.awaited_reply_days);
  read_number(t, "today", "quiet_after_attempts", s.quiet_after_attempts);
}

void read_inbox_settings(const toml::table& t, playbook::InboxSettings& s) {
  read_number(t, "inbox", "long_reply_words", s.long_reply_words);
  read_number(t, "inbox", "email_only_chasers", s.email_only_chasers);
  read_number(t, "inbox", "lookback_days", s.lookback_days);
}

void read_review_settings(const toml::table& t, playbook::ReviewSettings& s) {
  read_number(t, "review", "silence_s", s.silence_s);
  read_number(t, "review", "max_rep_talk_share", s.max_rep_talk_share);
  read_number(t, "review", "max_monologue_s", s.max_monologue_s);
  read_number(t, "review", "min_needs_questions", s.min_needs_questions);
  read_number(t, "review", "pushes", s.pushes);
  read_number(t, "review", "ending_turns", s.ending_turns);
  read_number(t, "review", "presentation_words", s.presentation_words);
}

}  // namespace

fs::path default_config_path() { return xdg_dir("XDG_CONFIG_HOME", ".config") / "rapport" / "config.toml"; }
fs::path default_db_path() { return xdg_dir("XDG_DATA_HOME", ".local/share") / "rapport" / "rapport.db"; }

Result<Config> load_config(const fs::path& path, bool must_exist) {
  Config config;
  if (auto region = region_from_locale(); !region.empty()) config.default_region = region;
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    if (must_exist) return make_error(fmt::format("{}: no such configuration file", path.string()));
    return config;
  }
  // Debian builds toml++ with exceptions, so a syntax error arrives as one; it is
  // translated here into an ordinary error naming the file, line and column.
  toml::table table;
  try {
    table = toml::parse_file(path.string());
  } catch (const toml::parse_error& err) {
    return make_error(fmt::format("{}:{}:{}: {}", path.string(), err.source().begin.line,
                                  err.source().begin.column, err.description()));
  }
  read_string_array(table["me"]["addresses"], config.me);
  config.my_name = table["me"]["name"].value_or(std::string{});
  config.rep_name = table["me"]["speaker"].value_or(config.my_name);
  config.db = expand_home(table["store"]["db"].value_or(std::string{}));
  config.default_region = table["import"]["region"].value_or(config.default_region);
  const auto batch = table["import"]["batch_records"].value_or(std::int64_t{0});
  if (batch > 0) config.batch_records = static_cast<std::size_t>(batch);
  read_today_settings(table, config.today);
  read_inbox_settings(table, config.inbox);
  read_review_settings(table, config.review);
  read_string_array(table["rules"]["files"], config.rule_files);
  for (auto& file : config.rule_files) {
    file = expand_home(file);
    if (fs::path(file).is_relative()) file = (path.parent_path() / file).string();
  }
  auto rules = read_rule_files(config.rule_files);
  if (!rules) return rules.take_error();
  config.rules = std::move(*rules);
  return config;
}

model::Identity identity_from_user_text(const std::string& text, const std::string& default_region) {
  if (text.find('@') != std::string::npos) {
    return {model::IdentityKind::email, ascii_lower(text)};
  }
  const auto digits = std::count_if(text.begin(), text.end(),
                                    [](unsigned char c) { return std::isdigit(c) != 0; });
  if (digits >= 5) return {model::IdentityKind::phone, ingest::normalise_phone(text, default_region)};
  return {model::IdentityKind::name, text};
}

Env::Env(CommonOptions options, Config config, model::Timestamp now)
    : options_(std::move(options)),
      config_(std::move(config)),
      now_(now),
      color_(report::choose_color(isatty(STDOUT_FILENO) != 0, std::getenv("NO_COLOR"))),
      terminal_width_(detect_terminal_width()),
      stderr_is_terminal_(isatty(STDERR_FILENO) != 0) {}

std::string Env::store_location() const {
  if (!options_.db.empty()) return expand_home(options_.db);
  if (!config_.db.empty()) return config_.db;
  return default_db_path().string();
}

Result<store::Store*> Env::store() {
  if (!store_) {
    auto opened = store::open_store(store_location());
    if (!opened) return opened.take_error();
    store_ = std::move(opened.value());
  }
  return store_.get();
}

importer::ImportOptions import_options(const Env& env) {
  importer::ImportOptions options;
  options.me = env.configured_me();
  options.rep_name = env.config().rep_name;
  options.batch_records = env.config().batch_records;
  options.rules = env.config().rules;
  return options;
}

std::vector<model::Identity> Env::configured_me() const {
  std::vector<model::Identity> me;
  auto add = [&](const model::Identity& identity) {
    if (!identity.value.empty() && std::find(me.begin(), me.end(), identity) == me.end())
      me.push_back(identity);
  };
  for (const auto& text : options_.me) add(identity_from_user_text(text, config_.default_region));
  for (const auto& text : config_.me) add(identity_from_user_text(text, config_.default_region));
  if (!config_.my_name.empty()) add({model::IdentityKind::name, config_.my_name});
  return me;
}

void Env::print_json(nlohmann::ordered_json document) const {
  nlohmann::ordered_json out;
  out["format"] = 1;
  for (auto& [key, value] : document.items()) out[key] = std::move(value);
  // Invalid UTF-8 from a damaged file must not abort the output: replace it.
  std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

void Env::print(std::string_view text) const { std::cout << text; }

void Env::error(std::string_view text) const { std::cerr << "rapport: " << text << '\n'; }

void Env::error(const Error& err) const {
  std::cerr << "rapport: " << err.message << '\n';
  if (!err.hint.empty()) std::cerr << "  hint: " << err.hint << '\n';
}

void keep_until_exit(std::shared_ptr<void> value) {
  static auto* const kept = new std::vector<std::shared_ptr<void>>();  // never destroyed, on purpose
  kept->push_back(std::move(value));
}

}  // namespace rapport::cli
