#pragma once
// RAII for the GMime and GLib objects the mail reader uses. Internal to
// rapport/ingest/mail: the only place besides its .cpp files that includes GMime.
//
// Ownership, as GMime documents it:
// - constructors and *_new / *_parse functions return a new reference: wrap it in a
//   GObjectPtr (g_object_unref) or the matching deleter below;
// - getters (g_mime_message_get_from, g_mime_object_get_content_type,
//   g_mime_part_get_content, g_mime_multipart_get_part, g_mime_message_get_date, …)
//   return BORROWED pointers, owned by the object they came from and valid while it
//   lives: never wrap or free them;
// - strings from g_mime_utils_* and g_mime_content_type_get_mime_type are new (g_free:
//   GCharPtr); strings from *_get_* getters are borrowed.

#include <gmime/gmime.h>

#include <memory>

namespace rapport::ingest::gmime {

struct GObjectUnref {
  void operator()(void* object) const { g_object_unref(object); }
};
template <typename T>
using GObjectPtr = std::unique_ptr<T, GObjectUnref>;

struct GFree {
  void operator()(void* memory) const { g_free(memory); }
};
using GCharPtr = std::unique_ptr<char, GFree>;

struct ReferencesFree {
  void operator()(GMimeReferences* refs) const { g_mime_references_free(refs); }
};
using ReferencesPtr = std::unique_ptr<GMimeReferences, ReferencesFree>;

struct ChecksumFree {
  void operator()(GChecksum* checksum) const { g_checksum_free(checksum); }
};
using ChecksumPtr = std::unique_ptr<GChecksum, ChecksumFree>;

// GMime, initialised once for the process. g_mime_init is not thread-safe, so the
// first call of instance() does it under C++'s guarded static initialisation. The
// instance lives until the process ends (see gmime_library.cpp for why GMime is never
// shut down).
class Library {
 public:
  static const Library& instance();

  // Parser options shared by every parse: loose RFC compliance everywhere (real mail
  // breaks every rule) and UTF-8 then Windows-1252 for undeclared 8-bit headers.
  // Owned by the Library; GMime only reads them during a parse, so sharing them
  // between threads is safe.
  GMimeParserOptions* options() const { return options_; }

  Library(const Library&) = delete;
  Library& operator=(const Library&) = delete;

 private:
  Library();
  ~Library() = delete;  // process lifetime
  GMimeParserOptions* options_ = nullptr;
};

}  // namespace rapport::ingest::gmime
