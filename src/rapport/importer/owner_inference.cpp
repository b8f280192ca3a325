#include "rapport/importer/owner_inference.hpp"

#include <algorithm>

namespace rapport::importer {
namespace {

void add_identities(const store::SenderCount& sender, std::vector<model::Identity>& out) {
  out.push_back({model::IdentityKind::email, sender.email});
  if (!sender.display_name.empty()) {
    const model::Identity name{model::IdentityKind::name, sender.display_name};
    if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  }
}

}  // namespace

std::vector<model::Identity> infer_owner(const std::vector<store::SenderCount>& senders) {
  std::vector<model::Identity> owner;
  std::uint64_t most_from_sent = 0;
  for (const auto& s : senders) most_from_sent = std::max(most_from_sent, s.sent_from_sent_folder);

  if (most_from_sent > 0) {
    // Several addresses may share a Sent folder (an alias, an old address); keep those
    // that wrote a good share of it, not one stray message forwarded into it.
    for (const auto& s : senders)
      if (s.sent_from_sent_folder * 4 >= most_from_sent) add_identities(s, owner);
    return owner;
  }

  // No Sent folder: the owner is usually the most frequent sender by a clear margin,
  // since they take part in every thread of their own mailbox.
  std::vector<const store::SenderCount*> ranked;
  for (const auto& s : senders) ranked.push_back(&s);
  std::sort(ranked.begin(), ranked.end(),
            [](const auto* a, const auto* b) { return a->sent > b->sent; });
  if (ranked.empty() || ranked.front()->sent < 3) return owner;
  if (ranked.size() > 1 && ranked.front()->sent * 2 < ranked[1]->sent * 3) return owner;
  add_identities(*ranked.front(), owner);
  return owner;
}

}  // namespace rapport::importer
