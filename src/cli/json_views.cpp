#include "cli/json_views.hpp"

namespace rapport::cli {

nlohmann::ordered_json contact_json(const store::ContactSummary& c) {
  nlohmann::ordered_json out;
  out["id"] = c.id;
  out["kind"] = model::to_string(c.kind);
  out["name"] = c.name;
  out["emails"] = c.emails;
  out["phones"] = c.phones;
  out["account"] = c.account;
  out["title"] = c.title;
  if (c.last_live) {
    out["last_live"] = {{"when", model::to_iso8601(*c.last_live)},
                        {"channel", c.last_live_channel ? model::to_string(*c.last_live_channel) : "phone"}};
  } else {
    out["last_live"] = nullptr;
  }
  out["last_message"] = c.last_message ? nlohmann::ordered_json(model::to_iso8601(*c.last_message)) : nullptr;
  out["channels"] = nlohmann::ordered_json::array();
  for (const auto& a : c.channels)
    out["channels"].push_back(
        {{"channel", model::to_string(a.channel)}, {"last", model::to_iso8601(a.last)}, {"count", a.count}});
  return out;
}

nlohmann::ordered_json zones_json(const model::BodyZones& zones) {
  return {{"new_text", zones.new_text},
          {"quoted_text", zones.quoted},
          {"signature", zones.signature},
          {"footer", zones.footer}};
}

nlohmann::ordered_json attachments_json(const std::vector<model::Attachment>& attachments) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& a : attachments)
    out.push_back({{"filename", a.filename}, {"mime_type", a.mime_type}, {"size", a.size}});
  return out;
}

nlohmann::ordered_json source_json(const model::SourceRef& source) {
  return {{"file", source.file}, {"position", source.position}};
}

nlohmann::ordered_json diagnostic_json(const model::Diagnostic& d) {
  return {{"file", d.file}, {"position", d.position}, {"reason", d.reason}};
}

}  // namespace rapport::cli
