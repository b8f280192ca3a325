#pragma once
// A CSV reader for the exports of address books, CRMs and diallers.
//
// Hand-written rather than libcsv: every diagnostic must name the line a record
// starts on (records may span lines inside quotes), which libcsv does not report,
// and the delimiter must be sniffed from the header.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::ingest {

struct CsvRecord {
  std::vector<std::string> fields;  // unquoted, doubled quotes undone; not trimmed
  std::size_t line = 0;             // 1-based line the record starts on
  std::size_t byte_offset = 0;      // of the record's first byte
  bool unterminated_quote = false;  // the data ended inside a quoted field
};

// RFC 4180 and its common variants: quoted fields with doubled quotes and embedded
// line breaks; LF, CRLF or CR line ends; a UTF-8 byte order mark; Excel's "sep=;"
// first line. Lenient where exports are sloppy: text after a closing quote is kept
// (`"a"b` reads as `ab`), a quote inside an unquoted field is literal. Blank lines are
// skipped. The data must outlive the reader.
class CsvReader {
 public:
  // `delimiter` '\0' sniffs ',', ';' or '\t' from the first record: the one that
  // occurs most often outside quotes (',' when none does).
  explicit CsvReader(std::string_view data, char delimiter = '\0');

  // The next record; false at the end of the data.
  bool next(CsvRecord& record);

  char delimiter() const { return delimiter_; }
  // Bytes consumed so far.
  std::size_t offset() const { return pos_; }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  char delimiter_ = ',';
};

// A header cell as a lookup key: ASCII letters lower-cased, digits kept, everything
// else dropped ("E-mail 1 - Value" → "email1value", "Job Title" → "jobtitle").
std::string header_key(std::string_view name);

}  // namespace rapport::ingest
