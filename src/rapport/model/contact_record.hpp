#pragma once
// A contact as an address book, CRM export or vCard states it.

#include <string>
#include <vector>

#include "rapport/model/source.hpp"

namespace rapport::model {

struct ContactRecord {
  std::string name;
  std::vector<std::string> emails;  // normalised (lower case)
  std::vector<std::string> phones;  // normalised (E.164 where possible)
  std::string company;
  std::string title;
  std::string notes;
  SourceRef source;
};

}  // namespace rapport::model
