#include "cli/playbook_data.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "rapport/report/time_text.hpp"

namespace rapport::cli {

Result<std::unique_ptr<PlaybookData>> load_playbook_data(Env& env, double lookback_days) {
  auto store = env.store();
  if (!store) return store.take_error();
  const auto since = env.now() - std::chrono::seconds(static_cast<std::int64_t>(lookback_days * 86400));
  return service::load_playbook_data(**store, since, true, env.config().inbox, std::nullopt, env.config().rules);
}

Result<void> refresh_playbook_cache(Env& env, store::Store& store) {
  const auto lookback = std::max(env.config().today.lookback_days, env.config().inbox.lookback_days);
  const auto since = env.now() - std::chrono::seconds(static_cast<std::int64_t>(lookback * 86400));
  return service::refresh_cache(store, since, env.config().inbox, env.config().rules);
}

nlohmann::ordered_json evidence_json(const playbook::Evidence& e) {
  nlohmann::ordered_json out;
  out["tag"] = e.tag;
  out["when"] = model::to_iso8601(e.when);
  out["channel"] = model::to_string(e.channel);
  out["direction"] = model::to_string(e.direction);
  out["who"] = e.who;
  out["quote"] = e.quote;
  if (!e.message_id.empty()) out["message_id"] = e.message_id;
  if (e.conversation != 0) out["conversation"] = e.conversation;
  if (e.at_s) out["at_s"] = *e.at_s;
  return out;
}

nlohmann::ordered_json evidence_list_json(const std::vector<playbook::Evidence>& evidence) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& e : evidence) out.push_back(evidence_json(e));
  return out;
}

nlohmann::ordered_json bring_up_json(const std::vector<playbook::BringUp>& facts) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& b : facts) out.push_back({{"kind", b.kind}, {"text", b.text}, {"said", evidence_json(b.said)}});
  return out;
}

nlohmann::ordered_json stance_json(const std::optional<playbook::Stance>& s) {
  if (!s) return nullptr;
  return {{"value", s->value}, {"logged", s->logged}, {"stuck", s->stuck}, {"basis", s->basis},
          {"evidence", evidence_list_json(s->evidence)}};
}

std::string stance_text(int value, bool stuck, std::string_view basis) {
  return fmt::format("{}/10{}{}", value, basis.empty() ? "" : ", " + std::string(basis),
                     stuck ? " — stuck in the middle: aim for a clear 0 or 10" : "");
}

nlohmann::ordered_json contact_ref_json(const model::ContactSummary& c) {
  nlohmann::ordered_json out;
  out["id"] = c.id;
  out["name"] = c.name;
  out["emails"] = c.emails;
  out["phones"] = c.phones;
  out["company"] = c.account;
  return out;
}

std::string evidence_line(const playbook::Evidence& e) {
  const auto when = report::date_time_text(e.when);
  const bool call_log = e.message_id.empty() && e.conversation == 0 && !e.at_s;
  if (call_log) return fmt::format("{}, call log: {}", when, e.quote);
  if (e.at_s) return fmt::format("{}, {} at {}, {}: “{}”", when, model::to_string(e.channel), report::clock_text(*e.at_s), e.who, e.quote);
  if (e.direction == model::Direction::outbound) return fmt::format("{}, your {}: “{}”", when, model::to_string(e.channel), e.quote);
  return fmt::format("{}, {} from {}: “{}”", when, model::to_string(e.channel), e.who, e.quote);
}

}  // namespace rapport::cli
