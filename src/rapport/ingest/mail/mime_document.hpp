#pragma once
// A GMime message parsed from bytes the caller keeps alive, without copying them.
// Internal to rapport/ingest/mail.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "rapport/ingest/mail/gmime_handles.hpp"

namespace rapport::ingest {

class MimeDocument {
 public:
  // Parses `bytes` as one message (GMIME_FORMAT_MESSAGE). The bytes are not copied:
  // GMime reads them through a GMimeStreamMem over a GByteArray that does not own
  // them, and with the parser's persist-stream mode every part's content stays a
  // substream of them. So `bytes` must outlive the document.
  // nullopt when GMime finds no message at all, or the bytes are over 4 GiB (the limit
  // of GByteArray's length).
  static std::optional<MimeDocument> parse(std::string_view bytes);

  MimeDocument(MimeDocument&&) noexcept = default;
  MimeDocument& operator=(MimeDocument&&) noexcept = default;
  ~MimeDocument() = default;

  // Borrowed; owned by this document.
  GMimeMessage* message() const { return message_.get(); }

  // The transfer-encoded bytes of a leaf part's content: a view into the caller's bytes
  // when the part is a substream of them (always, for a parsed message), else a copy in
  // `scratch`. Empty when the part has no content.
  std::string_view raw_content(GMimePart* part, std::string& scratch) const;

  // The content with its transfer encoding (base64, quoted-printable, uuencode) undone;
  // a view of raw_content for 7bit/8bit/binary, else the decoded bytes in `scratch`.
  std::string_view decoded_content(GMimePart* part, std::string& scratch, std::string& raw_scratch) const;

  // Decoded size of a part's content, computed in small chunks without keeping it.
  std::uint64_t decoded_size(GMimePart* part) const;

 private:
  // Frees the GByteArray header only; the bytes belong to the caller.
  struct ByteArrayRelease {
    void operator()(GByteArray* array) const { g_byte_array_free(array, FALSE); }
  };

  MimeDocument() = default;

  // Destroyed in reverse order: the message (and its substreams) first, then the
  // stream, then the array header the stream reads.
  std::unique_ptr<GByteArray, ByteArrayRelease> array_;
  gmime::GObjectPtr<GMimeStream> stream_;
  gmime::GObjectPtr<GMimeMessage> message_;
};

}  // namespace rapport::ingest
