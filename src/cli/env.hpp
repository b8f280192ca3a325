#pragma once
// What every command runs with: the common options, the configuration, "now", the
// store (opened on demand) and where to print.

#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "rapport/analysis/rule_files.hpp"
#include "rapport/importer/importer.hpp"
#include "rapport/model/identity.hpp"
#include "rapport/model/time.hpp"
#include "rapport/playbook/call_review.hpp"
#include "rapport/playbook/settings.hpp"
#include "rapport/report/terminal.hpp"
#include "rapport/store/store.hpp"
#include "rapport/util/result.hpp"

namespace rapport::cli {

struct CommonOptions {
  std::string db;
  std::string config_path;
  std::vector<std::string> me;
  std::string rep;
  std::string now;
  int limit = 0;  // 0: the command's default
  bool json = false;
};

// The TOML configuration (see docs/configuration.md).
struct Config {
  std::vector<std::string> me;  // addresses and numbers
  std::string my_name;
  std::string rep_name;
  std::string db;
  std::string default_region = "US";  // else the locale's country, else US
  std::size_t batch_records = 2000;
  playbook::TodaySettings today;  // [today]
  playbook::InboxSettings inbox;  // [inbox]
  playbook::ReviewSettings review;  // [review]
  // [rules] files: the organisation's own rule files ("~" expanded, relative paths from
  // the configuration file's folder), and what they hold, read with the configuration
  // (cli/rule_files.hpp) for every command that analyses or judges.
  std::vector<std::string> rule_files;
  analysis::RuleFiles rules;
};

// Reads `path` when it exists, and the rule files it names; a missing default file is
// no error, a missing file named by --config is. Errors name the file, line and column
// (or the rule file that cannot be read).
Result<Config> load_config(const std::filesystem::path& path, bool must_exist);

// XDG base directories (with the usual fallbacks under $HOME).
std::filesystem::path default_config_path();
std::filesystem::path default_db_path();

class Env;

// Hands `value` to the process's exit rather than freeing it: a command's answer over a
// large store is some 60 MB in small blocks, and freeing them one by one, just before
// the exit gives all the memory back at once, cost `today` about 25 ms of CPU on a
// million messages. The pointer stays reachable, so a leak checker does not count it.
void keep_until_exit(std::shared_ptr<void> value);

// What import and reanalyze share of the configuration: the owner's identities and
// name, the batch size and the rule files.
importer::ImportOptions import_options(const Env& env);

// "+44 7700 900123" → a phone identity, "Nora@X.example" → an email identity.
model::Identity identity_from_user_text(const std::string& text, const std::string& default_region);

class Env {
 public:
  Env(CommonOptions options, Config config, model::Timestamp now);

  const CommonOptions& options() const { return options_; }
  const Config& config() const { return config_; }
  model::Timestamp now() const { return now_; }
  bool json() const { return options_.json; }
  report::ColorMode color() const { return color_; }
  std::size_t terminal_width() const { return terminal_width_; }
  bool stderr_is_terminal() const { return stderr_is_terminal_; }

  // The store location: --db, else configuration, else the XDG data path.
  std::string store_location() const;
  // Opens the store on first use.
  Result<store::Store*> store();

  // The owner's identities from --me and configuration.
  std::vector<model::Identity> configured_me() const;

  // Writes the JSON document with the contract's "format" version first.
  void print_json(nlohmann::ordered_json document) const;
  // Prints to stdout / a message to stderr.
  void print(std::string_view text) const;
  void error(std::string_view text) const;
  void error(const Error& error) const;

 private:
  CommonOptions options_;
  Config config_;
  model::Timestamp now_;
  report::ColorMode color_;
  std::size_t terminal_width_;
  bool stderr_is_terminal_;
  std::unique_ptr<store::Store> store_;
};

}  // namespace rapport::cli
