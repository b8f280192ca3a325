#include "rapport/playbook/live_index.hpp"

#include <algorithm>

namespace rapport::playbook {

LiveIndex::LiveIndex(const model::Workspace& workspace) {
  for (const auto& call : workspace.calls) {
    if (call.entry.outcome == model::CallOutcome::reached) live_[call.contact].push_back(call.entry.when);
    else if (call.entry.outcome == model::CallOutcome::voicemail || call.entry.outcome == model::CallOutcome::no_answer)
      missed_[call.contact].push_back(&call);
  }
  for (const auto& meeting : workspace.meetings) {
    if (!meeting.when) continue;
    for (const auto contact : meeting.contacts) live_[contact].push_back(*meeting.when);
  }
  live_.for_each([](model::ContactId, std::vector<model::Timestamp>& times) {
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
  });
  missed_.for_each([](model::ContactId, std::vector<const model::CallRecord*>& calls) {
    std::sort(calls.begin(), calls.end(), [](const auto* a, const auto* b) { return a->entry.when < b->entry.when; });
  });
}

std::optional<model::Timestamp> LiveIndex::live_after(model::ContactId contact, model::Timestamp t) const {
  const auto& times = lives(contact);
  const auto it = std::upper_bound(times.begin(), times.end(), t);
  if (it == times.end()) return std::nullopt;
  return *it;
}

std::optional<model::Timestamp> LiveIndex::last_live(model::ContactId contact, model::Timestamp t) const {
  const auto& times = lives(contact);
  const auto it = std::upper_bound(times.begin(), times.end(), t);
  if (it == times.begin()) return std::nullopt;
  return *std::prev(it);
}

const std::vector<model::Timestamp>& LiveIndex::lives(model::ContactId contact) const {
  static const std::vector<model::Timestamp> none;
  const auto* found = live_.find(contact);
  return found ? *found : none;
}

const std::vector<const model::CallRecord*>& LiveIndex::missed(model::ContactId contact) const {
  static const std::vector<const model::CallRecord*> none;
  const auto* found = missed_.find(contact);
  return found ? *found : none;
}

}  // namespace rapport::playbook
