#pragma once
#include <string>

namespace rapport::model {

enum class Severity : unsigned char { warning, error };

// A problem with one record of an input file. Readers report it and go on;
// `error` means the record was skipped, `warning` that it was read with a loss
// (an unknown charset, an ignored column).
struct Diagnostic {
  std::string file;
  std::string position;
  std::string reason;
  Severity severity = Severity::error;
};

}  // namespace rapport::model
