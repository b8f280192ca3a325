#pragma once
// Who the salesperson is, when configuration does not say: the address that fills the
// Sent folder, else the sender who clearly dominates the mailbox.

#include <vector>

#include "rapport/model/identity.hpp"
#include "rapport/store/store.hpp"

namespace rapport::importer {

// Returns the owner's email (and name) identities, or nothing when the counts do
// not make it clear; callers then ask for --me.
std::vector<model::Identity> infer_owner(const std::vector<store::SenderCount>& senders);

}  // namespace rapport::importer
