#include "rapport/service/verdict_codec.hpp"

#include <nlohmann/json.hpp>

#include "rapport/playbook/today.hpp"

namespace rapport::service {
namespace {

using nlohmann::json;

std::optional<playbook::InboxKind> kind_from(std::string_view name) {
  using playbook::InboxKind;
  for (const auto kind : {InboxKind::dismissal, InboxKind::dismissal_answered_in_writing,
                          InboxKind::proposal_followed_up_by_email_only, InboxKind::objection, InboxKind::answer_owed,
                          InboxKind::courtesy_loop})
    if (playbook::to_string(kind) == name) return kind;
  return std::nullopt;
}

std::int64_t seconds_of(model::Timestamp t) {
  return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

model::Timestamp timestamp_of(std::int64_t s) { return model::Timestamp{std::chrono::seconds{s}}; }

}  // namespace

std::string encode_verdict(const playbook::ThreadVerdict& v) {
  json out;
  if (v.kind) out["kind"] = playbook::to_string(*v.kind);
  out["contact"] = v.contact;
  out["reply_owed"] = v.reply_owed;
  if (v.waiting_since) out["waiting_since"] = seconds_of(*v.waiting_since);
  auto objections = json::array();
  for (const auto o : v.objections) objections.push_back(analysis::to_string(o));
  out["objections"] = std::move(objections);
  if (v.clarity) out["clarity"] = playbook::to_string(*v.clarity);
  out["reason"] = v.reason;
  out["written_reply_words"] = v.written_reply_words;
  out["long_written_reply"] = v.long_written_reply;
  out["email_chasers"] = v.email_chasers;
  out["advice"] = v.advice;
  auto evidence = json::array();
  for (const auto& e : v.evidence) {
    json j{{"tag", e.tag},
           {"when", seconds_of(e.when)},
           {"channel", model::to_string(e.channel)},
           {"direction", model::to_string(e.direction)},
           {"who", e.who},
           {"quote", e.quote},
           {"message_id", e.message_id},
           {"conversation", e.conversation}};
    if (e.at_s) j["at_s"] = *e.at_s;
    evidence.push_back(std::move(j));
  }
  out["evidence"] = std::move(evidence);
  return out.dump();
}

Result<playbook::ThreadVerdict> decode_verdict(std::string_view text, const model::ThreadRecord& thread) {
  const auto in = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!in.is_object()) return make_error("a cached verdict is not a JSON object");
  playbook::ThreadVerdict v;
  v.thread = &thread;
  // A missing or mistyped member is a verdict this version did not write: value()
  // throws on a type mismatch, which is turned into an error here.
  try {
    if (in.contains("kind")) {
      v.kind = kind_from(in.at("kind").get<std::string>());
      if (!v.kind) return make_error("a cached verdict has an unknown kind");
    }
    v.contact = in.at("contact").get<model::ContactId>();
    v.reply_owed = in.at("reply_owed").get<bool>();
    if (in.contains("waiting_since")) v.waiting_since = timestamp_of(in.at("waiting_since").get<std::int64_t>());
    for (const auto& o : in.at("objections"))
      if (const auto parsed = analysis::parse_objection(o.get<std::string>())) v.objections.push_back(*parsed);
    if (in.contains("clarity"))
      v.clarity = in.at("clarity").get<std::string>() == "clear" ? playbook::Clarity::clear : playbook::Clarity::must_clarify;
    v.reason = in.at("reason").get<std::string>();
    v.written_reply_words = in.at("written_reply_words").get<std::size_t>();
    v.long_written_reply = in.at("long_written_reply").get<bool>();
    v.email_chasers = in.at("email_chasers").get<std::size_t>();
    v.advice = in.at("advice").get<std::string>();
    for (const auto& j : in.at("evidence")) {
      playbook::Evidence e;
      e.tag = j.at("tag").get<std::string>();
      e.when = timestamp_of(j.at("when").get<std::int64_t>());
      e.channel = model::parse_channel(j.at("channel").get<std::string>()).value_or(model::Channel::email);
      e.direction = model::parse_direction(j.at("direction").get<std::string>()).value_or(model::Direction::unknown);
      e.who = j.at("who").get<std::string>();
      e.quote = j.at("quote").get<std::string>();
      e.message_id = j.at("message_id").get<std::string>();
      e.conversation = j.at("conversation").get<model::ConversationId>();
      if (j.contains("at_s")) e.at_s = j.at("at_s").get<double>();
      v.evidence.push_back(std::move(e));
    }
  } catch (const json::exception& e) {
    return make_error(std::string("a cached verdict is damaged: ") + e.what());
  }
  return v;
}

store::CachedVerdict cached_verdict(const playbook::ThreadVerdict& v, model::ConversationId thread) {
  store::CachedVerdict c;
  c.conversation = thread;
  if (v.kind) c.kind = std::string(playbook::to_string(*v.kind));
  c.at = playbook::verdict_moment(v);
  c.pinned = playbook::verdict_pinned(v);
  c.contact = v.contact;
  c.reply_owed = v.reply_owed;
  if (!v.evidence.empty()) {
    c.first_at = v.evidence.front().when;
    c.first_channel = v.evidence.front().channel;
    c.first_conversation = v.evidence.front().conversation;
  }
  c.body = encode_verdict(v);
  return c;
}

Result<playbook::ThreadVerdict> verdict_from_head(const store::CachedVerdict& head, const model::ThreadRecord& thread) {
  playbook::ThreadVerdict v;
  v.thread = &thread;
  if (head.kind) {
    v.kind = kind_from(*head.kind);
    if (!v.kind) return make_error("a cached verdict has an unknown kind");
  }
  v.contact = head.contact;
  v.reply_owed = head.reply_owed;
  // The moment stands for the wait: verdict_moment gives the same either way.
  v.waiting_since = head.at;
  if (head.first_at) {
    playbook::Evidence e;
    e.when = *head.first_at;
    e.channel = head.first_channel;
    e.conversation = head.first_conversation;
    v.evidence.push_back(std::move(e));
  }
  return v;
}

}  // namespace rapport::service
