#pragma once
// Invented records and a scratch directory for the store's tests.

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "rapport/model/time.hpp"
#include "rapport/store/store.hpp"

namespace rapport::store::testing {

// A fresh directory under the system's temporary directory, removed afterwards.
class ScratchDir {
 public:
  ScratchDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("rapport-store-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline model::Timestamp at(const char* iso) { return *model::parse_iso8601(iso); }

inline model::Party email_party(std::string address, std::string name = {}) {
  return {std::move(name), {model::IdentityKind::email, std::move(address)}};
}
inline model::Party phone_party(std::string number, std::string name = {}) {
  return {std::move(name), {model::IdentityKind::phone, std::move(number)}};
}

inline model::Message email(std::string id, model::Party from, std::vector<model::Party> to, const char* date,
                            std::string subject, std::string text = "Thanks for the call yesterday.") {
  model::Message m;
  m.channel = model::Channel::email;
  m.message_id = std::move(id);
  m.from = std::move(from);
  m.to = std::move(to);
  m.date = at(date);
  m.has_date = true;
  m.subject = std::move(subject);
  m.body = text;
  m.zones.new_text = std::move(text);
  m.content_hash = "hash-" + m.message_id + "-" + m.subject;
  m.source = {"inbox.mbox", "message 1", 0};
  return m;
}

inline model::Message reply(std::string id, const model::Message& parent, model::Party from,
                            std::vector<model::Party> to, const char* date, std::string text = "Sounds good.") {
  auto m = email(std::move(id), std::move(from), std::move(to), date, "Re: " + parent.subject, std::move(text));
  m.in_reply_to = parent.message_id;
  m.references = parent.references;
  m.references.push_back(parent.message_id);
  return m;
}

inline model::Message sms(model::Direction direction, std::string other, const char* date, std::string text) {
  model::Message m;
  m.channel = model::Channel::sms;
  m.direction = direction;
  if (direction == model::Direction::inbound) {
    m.from = phone_party(other);
  } else {
    m.to.push_back(phone_party(other));
  }
  m.date = at(date);
  m.has_date = true;
  m.body = text;
  m.zones.new_text = text;
  m.content_hash = "sms-" + other + "-" + std::string(date) + "-" + text;
  m.source = {"sms.xml", "line 3", 0};
  return m;
}

}  // namespace rapport::store::testing
