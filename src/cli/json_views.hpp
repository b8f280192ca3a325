#pragma once
// JSON shapes shared by several commands, so a contact looks the same everywhere.

#include <nlohmann/json.hpp>

#include "rapport/model/diagnostic.hpp"
#include "rapport/model/message.hpp"
#include "rapport/store/store.hpp"

namespace rapport::cli {

nlohmann::ordered_json contact_json(const store::ContactSummary& contact);
nlohmann::ordered_json zones_json(const model::BodyZones& zones);
nlohmann::ordered_json attachments_json(const std::vector<model::Attachment>& attachments);
nlohmann::ordered_json source_json(const model::SourceRef& source);
nlohmann::ordered_json diagnostic_json(const model::Diagnostic& diagnostic);

}  // namespace rapport::cli
