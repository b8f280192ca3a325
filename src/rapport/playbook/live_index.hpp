#pragma once
// When the salesperson last spoke with each contact live (a reached call, a recorded
// call or meeting), and when they last tried: the playbook's measure of a relationship.

#include <optional>
#include <unordered_map>
#include <vector>

#include "rapport/model/workspace.hpp"
#include "rapport/util/id_table.hpp"

namespace rapport::playbook {

class LiveIndex {
 public:
  explicit LiveIndex(const model::Workspace& workspace);

  // The first live conversation with `contact` strictly after `t`.
  std::optional<model::Timestamp> live_after(model::ContactId contact, model::Timestamp t) const;
  // The last live conversation with `contact` at or before `t`.
  std::optional<model::Timestamp> last_live(model::ContactId contact, model::Timestamp t) const;
  // Every live conversation with `contact`, in time order.
  const std::vector<model::Timestamp>& lives(model::ContactId contact) const;
  // Call attempts that did not reach them (voicemail, no answer), in time order.
  const std::vector<const model::CallRecord*>& missed(model::ContactId contact) const;

 private:
  util::IdTable<std::vector<model::Timestamp>> live_;
  util::IdTable<std::vector<const model::CallRecord*>> missed_;
};

}  // namespace rapport::playbook
