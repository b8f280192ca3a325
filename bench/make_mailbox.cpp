// Writes a large, realistic mbox for the import benchmark, deterministically from a seed:
//
//   bench_make_mailbox OUT.mbox --size 1G [--seed N]
//
// The mailbox belongs to one salesperson at an invented software vendor. It holds
// threads with a few hundred contacts at dozens of invented *.example companies (some
// on free-mail-like reserved domains): proposals, pricing, meetings and follow-ups,
// with Message-ID / In-Reply-To / References chains; replies quote the history
// ("On ... wrote:" with "> " lines, or Outlook "-----Original Message-----" blocks);
// signatures and legal footers; text/plain in 7bit, 8bit UTF-8 and quoted-printable,
// multipart/alternative text+HTML, ISO-8859-1 bodies from legacy clients, ~5% with a
// base64 attachment of 20-500 KB, out-of-office replies and newsletters (List-Id).
// Body lines starting with "From " are escaped mboxrd-style. Sizes follow real mail:
// a median of a few KB and a long tail (long quoted histories, HTML newsletters,
// attachments).
//
// The same seed and size give the same bytes (see mailbox_random.hpp).
// A summary (messages, size distribution, escapes, attachments) goes to stderr.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "mailbox_encoding.hpp"
#include "mailbox_random.hpp"
#include "mailbox_vocabulary.hpp"

namespace rapport::bench {
namespace {

namespace voc = vocabulary;

// ---- output ----

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

// Buffers the mailbox and escapes body lines mboxrd-style. Owns the FILE.
class MboxWriter {
 public:
  explicit MboxWriter(std::FILE* file) : file_(file) { buffer_.reserve(k_flush_at + (1U << 20)); }

  // Appends one message: the envelope line, then `message` (headers and body, '\n'
  // line ends) with every line matching ^>*From  given one more '>', then a blank line.
  void write(std::string_view envelope_sender, std::int64_t time, std::string_view message) {
    buffer_ += "From ";
    buffer_ += envelope_sender;
    buffer_ += ' ';
    append_asctime_utc(buffer_, time);
    buffer_ += '\n';
    std::size_t start = 0;
    while (start < message.size()) {
      const std::size_t end = message.find('\n', start);
      const std::size_t stop = end == std::string_view::npos ? message.size() : end;
      const std::string_view line = message.substr(start, stop - start);
      if (!line.empty() && (line[0] == 'F' || line[0] == '>')) {
        const std::size_t quotes = line.find_first_not_of('>');
        if (quotes != std::string_view::npos && line.substr(quotes).starts_with("From ")) {
          buffer_ += '>';
          ++escaped_lines_;
        }
      }
      buffer_ += line;
      buffer_ += '\n';
      start = stop + 1;
    }
    buffer_ += '\n';
    if (buffer_.size() >= k_flush_at) flush();
  }

  bool flush() {
    if (!buffer_.empty() && std::fwrite(buffer_.data(), 1, buffer_.size(), file_.get()) != buffer_.size())
      failed_ = true;
    written_ += buffer_.size();
    buffer_.clear();
    return !failed_;
  }

  // Flushes and closes; false when any write failed.
  bool close() {
    flush();
    if (std::fclose(file_.release()) != 0) failed_ = true;
    return !failed_;
  }

  std::uint64_t bytes() const { return written_ + buffer_.size(); }
  std::uint64_t escaped_lines() const { return escaped_lines_; }

 private:
  static constexpr std::size_t k_flush_at = 8U << 20;
  std::unique_ptr<std::FILE, FileCloser> file_;
  std::string buffer_;
  std::uint64_t written_ = 0;
  std::uint64_t escaped_lines_ = 0;
  bool failed_ = false;
};

// ---- people ----

enum class MailClient : std::uint8_t { outlook, webmail, apple, thunderbird, legacy, mobile };

struct Company {
  std::string name;
  std::string domain;
  bool legal_footer = false;
  std::size_t footer = 0;
};

struct Person {
  std::string first;
  std::string name;  // display name
  std::string email;
  std::size_t company = 0;  // index into companies_
  bool free_mail = false;
  MailClient client = MailClient::webmail;
  int tz_minutes = 0;
  bool smart_quotes = false;
  bool last_first = false;  // Outlook's "Last, First" display name
  std::string signature;    // may be empty
  double away = 0.0;        // chance of an out-of-office reply
};

enum class Topic : std::uint8_t { proposal, pricing, meeting, follow_up };

struct Thread {
  std::size_t contact = 0;           // the client (index into people_)
  std::vector<std::size_t> others;   // more people on the thread (client's or owner's colleagues)
  std::string subject;               // without Re:
  Topic topic = Topic::proposal;
  std::vector<std::string> ids;      // Message-IDs so far, oldest first
  std::string last_text;             // the last message's plain text, for quoting
  std::size_t last_sender = 0;
  std::int64_t last_time = 0;
  std::size_t remaining = 0;         // messages still to come
};

struct Stats {
  std::vector<std::uint32_t> sizes;
  std::uint64_t attachments = 0;
  std::uint64_t attachment_bytes = 0;  // encoded, as in the file
  std::uint64_t newsletters = 0;
  std::uint64_t out_of_office = 0;
  std::uint64_t latin1 = 0;
  std::uint64_t html = 0;
  std::uint64_t quoted_printable = 0;
  std::uint64_t eight_bit = 0;
  std::uint64_t threads = 0;
};

// The salesperson's own company; contacts' companies are invented from the seed.
constexpr std::string_view k_owner_company = "Lumen Analytics";
constexpr std::string_view k_owner_domain = "lumen-analytics.example";
constexpr std::size_t k_owner_colleagues = 5;
constexpr std::size_t k_contacts = 420;
constexpr std::size_t k_companies = 48;
constexpr std::int64_t k_start_time = 1609750800;  // Mon 2021-01-04 09:00 UTC

template <std::size_t N>
std::span<const std::string_view> span_of(const std::string_view (&items)[N]) {
  return std::span<const std::string_view>(items, N);
}

// ASCII letter for the accented letters of the name lists, for addresses ("Ólafur
// Dvořák" -> "olafur.dvorak"); 0 for characters to drop.
char ascii_fold(std::uint32_t cp) {
  static constexpr char k_latin1[] = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts";  // U+00C0..U+00DF, lower-cased
  if (cp >= 0xC0 && cp <= 0xDF) return k_latin1[cp - 0xC0];
  if (cp >= 0xE0 && cp <= 0xFF) return cp == 0xF7 ? '\0' : k_latin1[cp - 0xE0];
  switch (cp) {
    case 0x141: case 0x142: return 'l';
    case 0x158: case 0x159: return 'r';
    case 0x10C: case 0x10D: case 0x106: case 0x107: return 'c';
    case 0x15E: case 0x15F: case 0x160: case 0x161: return 's';
    default: return '\0';
  }
}

std::string lower_ascii_slug(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const auto u = static_cast<unsigned char>(text[i]);
    if (u >= 0x80) {
      std::uint32_t cp = (u & 0xE0) == 0xC0 ? (u & 0x1Fu) : (u & 0x0Fu);
      std::size_t len = (u & 0xE0) == 0xC0 ? 2 : 3;
      for (std::size_t k = 1; k < len && i + k < text.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
      if (const char folded = ascii_fold(cp); folded != '\0') out += folded;
      i += len;
      continue;
    }
    if (u >= 'A' && u <= 'Z') out += static_cast<char>(u - 'A' + 'a');
    else if ((u >= 'a' && u <= 'z') || (u >= '0' && u <= '9')) out += static_cast<char>(u);
    else if (u == ' ' || u == '-') out += '-';
    ++i;  // apostrophes and other punctuation are dropped, as people do in addresses
  }
  return out;
}

class MailboxGenerator {
 public:
  MailboxGenerator(std::uint64_t seed, MboxWriter& writer) : rng_(seed), writer_(writer) {
    make_companies();
    make_people();
  }

  void generate(std::uint64_t target_bytes) {
    while (writer_.bytes() < target_bytes) {
      clock_ += static_cast<std::int64_t>(rng_.log_uniform(20, 5400));
      const double r = rng_.unit();
      if (r < 0.035) {
        write_newsletter();
      } else if (threads_.size() < 40 || r < 0.035 + 0.2) {
        start_thread();
      } else {
        reply(rng_.below(threads_.size()));
      }
    }
  }

  const Stats& stats() const { return stats_; }

 private:
  // ---- set-up ----

  void make_companies() {
    std::vector<std::string> used;
    while (companies_.size() < k_companies) {
      std::string name(rng_.pick(span_of(voc::k_company_prefixes)));
      name += ' ';
      name += rng_.pick(span_of(voc::k_company_suffixes));
      if (std::find(used.begin(), used.end(), name) != used.end()) continue;
      used.push_back(name);
      Company company;
      company.domain = lower_ascii_slug(name) + ".example";
      company.name = std::move(name);
      company.legal_footer = rng_.chance(0.3);
      company.footer = rng_.below(std::size(voc::k_legal_footers));
      companies_.push_back(std::move(company));
    }
    companies_.push_back({std::string(k_owner_company), std::string(k_owner_domain), false, 0});
  }

  Person make_person(std::size_t company, bool free_mail) {
    Person p;
    p.first = std::string(rng_.pick(span_of(voc::k_first_names)));
    const std::string last(rng_.pick(span_of(voc::k_last_names)));
    p.name = p.first + ' ' + last;
    p.company = company;
    p.free_mail = free_mail;
    const std::string local = lower_ascii_slug(p.first) + '.' + lower_ascii_slug(last);
    if (free_mail) {
      p.email = local + std::to_string(rng_.between(1, 99)) + '@' +
                std::string(rng_.pick(span_of(voc::k_free_mail_domains)));
    } else {
      p.email = (rng_.chance(0.2) ? lower_ascii_slug(p.first.substr(0, 1)) + lower_ascii_slug(last) : local) + '@' +
                companies_[company].domain;
    }
    static constexpr MailClient k_clients[] = {MailClient::outlook, MailClient::outlook, MailClient::outlook,
                                               MailClient::webmail, MailClient::webmail, MailClient::webmail,
                                               MailClient::apple,   MailClient::apple,   MailClient::thunderbird,
                                               MailClient::legacy,  MailClient::mobile};
    p.client = k_clients[rng_.below(std::size(k_clients))];
    static constexpr int k_zones[] = {-480, -420, -360, -300, -300, -240, 0, 0, 60, 60, 60, 120, 330, 540};
    p.tz_minutes = k_zones[rng_.below(std::size(k_zones))];
    p.smart_quotes = p.client == MailClient::outlook || p.client == MailClient::apple ||
                     (p.client == MailClient::mobile && rng_.chance(0.5));
    p.last_first = p.client == MailClient::outlook && rng_.chance(0.4);
    p.away = rng_.chance(0.25) ? 0.12 : 0.0;
    if (!free_mail || rng_.chance(0.3)) {
      std::string sig;
      if (p.client == MailClient::thunderbird || p.client == MailClient::apple || rng_.chance(0.15)) sig += "-- \n";
      sig += p.name + '\n';
      sig += std::string(rng_.pick(span_of(voc::k_titles)));
      if (!free_mail) sig += " | " + companies_[company].name;
      sig += '\n';
      char phone[64];
      if (rng_.chance(0.5))
        std::snprintf(phone, sizeof phone, "Tel: +1 (555) 01%02zu | Mobile: +1 555 01%02zu", rng_.below(100),
                      rng_.below(100));
      else
        std::snprintf(phone, sizeof phone, "T +44 20 7946 0%03zu  M +44 7700 900%03zu", rng_.below(1000),
                      rng_.below(1000));
      sig += phone;
      sig += '\n';
      if (!free_mail) sig += "www." + companies_[company].domain + '\n';
      p.signature = std::move(sig);
    }
    return p;
  }

  void make_people() {
    // people_[0] is the mailbox owner, then the owner's colleagues, then contacts.
    const std::size_t own = companies_.size() - 1;
    people_.push_back(make_person(own, false));
    people_[0].first = "Jordan";
    people_[0].name = "Jordan Reyes";
    people_[0].email = "jordan.reyes@" + std::string(k_owner_domain);
    people_[0].client = MailClient::webmail;
    people_[0].away = 0.0;
    people_[0].signature = "-- \nJordan Reyes\nAccount Executive | Lumen Analytics\n+1 (555) 0142\n"
                           "www.lumen-analytics.example\n";
    // The owner also answers from a phone: same address, another client.
    owner_mobile_ = people_[0];
    owner_mobile_.client = MailClient::mobile;
    owner_mobile_.smart_quotes = true;
    for (std::size_t i = 0; i < k_owner_colleagues; ++i) people_.push_back(make_person(own, false));
    first_contact_ = people_.size();
    for (std::size_t i = 0; i < k_contacts; ++i) {
      // Contacts cluster: a few companies have many people on the thread list.
      const std::size_t company = rng_.skewed(k_companies);
      people_.push_back(make_person(company, rng_.chance(0.15)));
    }
  }

  // ---- text ----

  struct SlotContext {
    const Person* to = nullptr;
    const Person* from = nullptr;
  };

  void fill_slot(std::string& out, std::string_view slot, const SlotContext& ctx) {
    if (slot == "first") out += ctx.to->first;
    else if (slot == "me") out += ctx.from->first;
    else if (slot == "company") out += companies_[ctx.to->company].name;
    else if (slot == "my_company") out += companies_[ctx.from->company].name;
    else if (slot == "product") out += rng_.pick(span_of(voc::k_products));
    else if (slot == "day") out += rng_.pick(span_of(voc::k_days));
    else if (slot == "time") out += rng_.pick(span_of(voc::k_times));
    else if (slot == "amount") out += rng_.pick(span_of(voc::k_amounts));
    else if (slot == "qty") out += rng_.pick(span_of(voc::k_quantities));
    else if (slot == "percent") out += rng_.pick(span_of(voc::k_percents));
    else if (slot == "quarter") out += rng_.pick(span_of(voc::k_quarters));
    else if (slot == "month") out += rng_.pick(span_of(voc::k_months));
    else if (slot == "role") out += rng_.pick(span_of(voc::k_roles));
    else if (slot == "city") out += rng_.pick(span_of(voc::k_cities));
    else if (slot == "event") out += rng_.pick(span_of(voc::k_events));
    else if (slot == "number") out += std::to_string(rng_.between(2, 28));
    else if (slot == "colleague") out += rng_.pick(span_of(voc::k_first_names));
  }

  // Picks a sentence not yet used in the current message (a few tries), so that a
  // message does not say the same thing twice.
  std::string_view pick_fresh(std::span<const std::string_view> items) {
    std::string_view choice = rng_.pick(items);
    for (int tries = 0; tries < 4 && std::find(used_.begin(), used_.end(), choice.data()) != used_.end(); ++tries)
      choice = rng_.pick(items);
    used_.push_back(choice.data());
    return choice;
  }

  void expand(std::string& out, std::string_view text, const SlotContext& ctx) {
    std::size_t i = 0;
    while (i < text.size()) {
      const std::size_t open = text.find('{', i);
      if (open == std::string_view::npos) {
        out += text.substr(i);
        return;
      }
      out += text.substr(i, open - i);
      const std::size_t close = text.find('}', open);
      fill_slot(out, text.substr(open + 1, close - open - 1), ctx);
      i = close + 1;
    }
  }

  // Appends `paragraph` wrapped at 72 columns (bytes; close enough for the benchmark).
  static void append_wrapped(std::string& out, std::string_view paragraph) {
    std::size_t column = 0;
    std::size_t i = 0;
    while (i < paragraph.size()) {
      std::size_t end = paragraph.find(' ', i);
      if (end == std::string_view::npos) end = paragraph.size();
      const std::string_view word = paragraph.substr(i, end - i);
      if (column > 0 && column + 1 + word.size() > 72) {
        out += '\n';
        column = 0;
      } else if (column > 0) {
        out += ' ';
        ++column;
      }
      out += word;
      column += word.size();
      i = end + 1;
    }
    out += '\n';
  }

  static void apply_smart_quotes(std::string& text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (const char c : text) {
      if (c == '\'') out += "\xE2\x80\x99";  // ’
      else out += c;
    }
    text = std::move(out);
  }

  std::span<const std::string_view> category_for(bool seller, Topic topic) {
    if (!seller) {
      if (rng_.chance(0.15)) return span_of(voc::k_meeting);
      return span_of(voc::k_client_replies);
    }
    const double r = rng_.unit();
    switch (topic) {
      case Topic::proposal:
        return r < 0.6 ? span_of(voc::k_seller_proposal) : r < 0.85 ? span_of(voc::k_seller_pricing)
                                                                     : span_of(voc::k_seller_follow_up);
      case Topic::pricing:
        return r < 0.6 ? span_of(voc::k_seller_pricing) : span_of(voc::k_seller_proposal);
      case Topic::meeting:
        return r < 0.7 ? span_of(voc::k_meeting) : span_of(voc::k_seller_follow_up);
      case Topic::follow_up:
        return r < 0.6 ? span_of(voc::k_seller_follow_up) : span_of(voc::k_meeting);
    }
    return span_of(voc::k_seller_follow_up);
  }

  // What the sender wrote this time: greeting, paragraphs, closing, sign-off.
  std::string compose_new_text(const Person& from, const Person& to, Topic topic, bool first_in_thread) {
    const SlotContext ctx{&to, &from};
    const bool seller = from.company == companies_.size() - 1;
    used_.clear();
    std::string text;
    std::string paragraph;
    if (from.client == MailClient::mobile && rng_.chance(0.7)) {
      for (std::size_t i = rng_.between(1, 2); i > 0; --i) {
        expand(paragraph, pick_fresh(category_for(seller, topic)), ctx);
        paragraph += ' ';
      }
      paragraph.pop_back();
      append_wrapped(text, paragraph);
    } else {
      expand(text, rng_.pick(span_of(voc::k_greetings)), ctx);
      text += "\n\n";
      const bool short_reply = !first_in_thread && rng_.chance(0.3);
      const std::size_t paragraphs = short_reply ? 1 : first_in_thread ? rng_.between(1, 4) : rng_.between(1, 3);
      for (std::size_t p = 0; p < paragraphs; ++p) {
        paragraph.clear();
        if (p == 0 && !short_reply && rng_.chance(0.3)) {
          expand(paragraph, rng_.pick(seller ? span_of(voc::k_seller_openers) : span_of(voc::k_small_talk)), ctx);
          paragraph += ' ';
        }
        if (rng_.chance(0.04)) {
          expand(paragraph, rng_.pick(span_of(voc::k_from_sentences)), ctx);
          paragraph += ' ';
        }
        const std::size_t sentences = short_reply ? rng_.between(1, 2) : rng_.between(1, 4);
        for (std::size_t s = 0; s < sentences; ++s) {
          expand(paragraph, pick_fresh(category_for(seller, topic)), ctx);
          paragraph += ' ';
        }
        if (p == 1 && rng_.chance(0.1)) {
          expand(paragraph, rng_.pick(span_of(voc::k_small_talk)), ctx);
          paragraph += ' ';
        }
        paragraph.pop_back();
        append_wrapped(text, paragraph);
        text += '\n';
      }
      expand(text, rng_.pick(span_of(voc::k_closings)), ctx);
      text += "\n\n";
      text += rng_.pick(span_of(voc::k_sign_offs));
      text += '\n';
      text += from.first;
      text += '\n';
    }
    if (from.smart_quotes) apply_smart_quotes(text);
    return text;
  }

  // ---- headers ----

  void append_address(std::string& out, const Person& p, std::string_view charset) {
    std::string shown = p.name;
    if (p.last_first) {
      const std::size_t space = p.name.find(' ');
      shown = p.name.substr(space + 1) + ", " + p.name.substr(0, space);
    }
    if (!is_ascii(shown)) {
      const std::string text = charset == "iso-8859-1" ? to_latin1(shown) : shown;
      append_encoded_words(out, text, charset, rng_.chance(0.5) ? WordEncoding::q : WordEncoding::b);
    } else if (shown.find_first_of(",'.") != std::string::npos) {
      out += '"';
      out += shown;
      out += '"';
    } else {
      out += shown;
    }
    out += " <";
    out += p.email;
    out += '>';
  }

  // Appends "Name: value\n", folding at spaces to stay under 78 columns.
  static void append_header(std::string& out, std::string_view name, std::string_view value) {
    out += name;
    out += ": ";
    std::size_t column = name.size() + 2;
    std::size_t i = 0;
    while (i < value.size()) {
      std::size_t end = value.find(' ', i + 1);
      if (end == std::string_view::npos) end = value.size();
      std::string_view token = value.substr(i, end - i);  // starts with ' ' except the first
      if (column + token.size() > 78 && column > name.size() + 2 && token.front() == ' ') {
        out += "\n\t";
        token.remove_prefix(1);
        column = 1;
      }
      out += token;
      column += token.size();
      i = end;
    }
    out += '\n';
  }

  std::string random_hex(std::size_t digits, bool upper) {
    static constexpr std::string_view k_lower = "0123456789abcdef";
    std::string out;
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < digits; ++i) {
      if (i % 16 == 0) bits = rng_.next();
      out += (upper ? k_hex_upper : k_lower)[bits & 15];
      bits >>= 4;
    }
    return out;
  }

  std::string random_base64(std::size_t chars) {
    std::string out;
    for (std::size_t i = 0; i < chars; ++i) out += k_base64_alphabet[rng_.below(64)];
    return out;
  }

  std::string make_message_id(const Person& from) {
    const std::string domain = from.free_mail ? from.email.substr(from.email.find('@') + 1)
                                              : companies_[from.company].domain;
    switch (from.client) {
      case MailClient::outlook:
        return random_hex(32, true) + "@" + random_hex(8, true) + ".mail." + domain;
      case MailClient::webmail: {
        std::string id = "CA" + random_base64(42);
        std::replace(id.begin(), id.end(), '/', '_');
        return id + "@mail." + domain;
      }
      case MailClient::apple:
        return random_hex(8, true) + '-' + random_hex(4, true) + '-' + random_hex(4, true) + '-' +
               random_hex(4, true) + '-' + random_hex(12, true) + '@' + domain;
      case MailClient::thunderbird:
        return random_hex(8, false) + '-' + random_hex(4, false) + '-' + random_hex(4, false) + '-' +
               random_hex(4, false) + '-' + random_hex(12, false) + '@' + domain;
      case MailClient::legacy:
        return "000" + random_hex(13, false) + '$' + random_hex(8, false) + '$' + random_hex(8, false) + "$@" + domain;
      case MailClient::mobile:
        return random_hex(24, false) + ".mobile@" + domain;
    }
    return random_hex(32, false) + '@' + domain;
  }

  void append_transport_headers(std::string& out, const Person& from, bool inbound) {
    const std::string domain = from.email.substr(from.email.find('@') + 1);
    if (inbound) {
      out += "Return-Path: <" + from.email + ">\n";
      const std::size_t hops = rng_.between(1, 3);
      std::int64_t t = clock_;
      for (std::size_t h = 0; h < hops; ++h) {
        out += h == 0 ? "Received: from mail-" : "Received: from relay";
        out += std::to_string(rng_.between(1, 40)) + '.' + domain + " (" + domain + " [203.0.113." +
               std::to_string(rng_.between(1, 254)) + "])\n\tby ";
        out += h == 0 ? "mx1." + std::string(k_owner_domain) : "edge" + std::to_string(h) + '.' + domain;
        out += " with ESMTPS id " + random_hex(12, true) + "\n\tfor <" + people_[0].email + ">; ";
        append_rfc5322_date(out, t, 0);
        out += '\n';
        t -= static_cast<std::int64_t>(rng_.between(1, 4));
      }
      out += "Authentication-Results: mx1." + std::string(k_owner_domain) + ";\n\tdkim=pass header.d=" + domain +
             ";\n\tspf=pass smtp.mailfrom=" + domain + '\n';
    } else {
      out += "X-Gmail-Labels: Sent\n";
    }
    if (from.client == MailClient::outlook || from.client == MailClient::webmail || !inbound) {
      out += "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=" + domain +
             ";\n\ts=selector1; h=from:to:subject:date:message-id:content-type:mime-version;\n\tbh=" +
             random_base64(43) + "=;\n\tb=";
      for (std::size_t line = 0; line < 4; ++line) out += random_base64(line == 3 ? 50 : 72) + "\n\t ";
      out.resize(out.size() - 3);
      out += "==\n";
    }
  }

  void append_mailer_header(std::string& out, const Person& from) {
    switch (from.client) {
      case MailClient::outlook: out += "X-Mailer: Microsoft Outlook 16.0\n"; break;
      case MailClient::apple: out += "X-Mailer: Apple Mail (2.3731.700.6)\n"; break;
      case MailClient::thunderbird:
        out += "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0\n";
        break;
      case MailClient::legacy: out += "X-Mailer: Legacy Mail Client 6.0.2900\n"; break;
      case MailClient::mobile: out += "X-Mailer: iPhone Mail (21D61)\n"; break;
      case MailClient::webmail: break;
    }
  }

  // ---- bodies ----

  static std::string_view charset_of(const Person& from) {
    return from.client == MailClient::legacy ? std::string_view("iso-8859-1") : std::string_view("UTF-8");
  }

  enum class Cte : std::uint8_t { seven_bit, eight_bit, quoted_printable };

  Cte plain_cte(const Person& from, std::string_view bytes) {
    if (from.client == MailClient::outlook) return Cte::quoted_printable;
    if (is_ascii(bytes)) return Cte::seven_bit;
    switch (from.client) {
      case MailClient::thunderbird:
      case MailClient::mobile: return Cte::eight_bit;
      case MailClient::legacy: return rng_.chance(0.6) ? Cte::eight_bit : Cte::quoted_printable;
      default: return Cte::quoted_printable;
    }
  }

  void append_encoded(std::string& out, Cte cte, std::string_view bytes) {
    if (cte == Cte::quoted_printable) {
      ++stats_.quoted_printable;
      append_quoted_printable(out, bytes);
    } else {
      if (cte == Cte::eight_bit) ++stats_.eight_bit;
      out += bytes;
    }
    if (out.back() != '\n') out += '\n';
  }

  static std::string_view cte_name(Cte cte) {
    switch (cte) {
      case Cte::seven_bit: return "7bit";
      case Cte::eight_bit: return "8bit";
      case Cte::quoted_printable: return "quoted-printable";
    }
    return "7bit";
  }

  // "Content-Type: text/plain..." entity headers, a blank line and the encoded text.
  void append_plain_entity(std::string& out, const Person& from, std::string_view utf8) {
    const std::string_view charset = charset_of(from);
    std::string latin1;
    std::string_view bytes = utf8;
    if (charset == "iso-8859-1") {
      latin1 = to_latin1(utf8);
      bytes = latin1;
      ++stats_.latin1;
    }
    const Cte cte = plain_cte(from, bytes);
    out += "Content-Type: text/plain; charset=";
    out += from.client == MailClient::outlook && is_ascii(bytes) ? std::string_view("\"us-ascii\"") : charset;
    if (from.client == MailClient::thunderbird) out += "; format=flowed";
    out += "\nContent-Transfer-Encoding: ";
    out += cte_name(cte);
    out += "\n\n";
    append_encoded(out, cte, bytes);
  }

  void append_html_lines(std::string& out, std::string_view text, std::string_view line_open,
                         std::string_view line_close) {
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t end = text.find('\n', i);
      if (end == std::string_view::npos) end = text.size();
      out += line_open;
      if (end == i) out += "&nbsp;";
      else append_html_escaped(out, text.substr(i, end - i));
      out += line_close;
      i = end + 1;
    }
  }

  // The HTML a client would send for the same message.
  std::string make_html(const Person& from, std::string_view new_text, std::string_view signature,
                        std::string_view attribution, std::string_view quoted) {
    std::string html;
    if (from.client == MailClient::outlook) {
      html += "<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n"
              "<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
              "<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n"
              "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;font-size:11.0pt;"
              "font-family:\"Calibri\",sans-serif;}\na:link, span.MsoHyperlink\n\t{color:#0563C1;"
              "text-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n"
              "@page WordSection1\n\t{size:8.5in 11.0in;margin:1.0in 1.0in 1.0in 1.0in;}\n"
              "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
              "<body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n";
      append_html_lines(html, new_text, "<p class=\"MsoNormal\">", "<o:p></o:p></p>\n");
      append_html_lines(html, signature, "<p class=\"MsoNormal\"><span style=\"font-size:9.0pt;color:#595959\">",
                        "</span><o:p></o:p></p>\n");
      if (!quoted.empty()) {
        html += "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in\">\n";
        append_html_lines(html, attribution, "<p class=\"MsoNormal\"><b>", "</b><o:p></o:p></p>\n");
        html += "</div>\n";
        append_html_lines(html, quoted, "<p class=\"MsoNormal\">", "<o:p></o:p></p>\n");
      }
      html += "</div>\n</body>\n</html>\n";
    } else {
      html += "<div dir=\"ltr\">";
      append_html_lines(html, new_text, "<div>", "</div>\n");
      if (!signature.empty()) {
        html += "<div><br></div>-- <br><div dir=\"ltr\" class=\"gmail_signature\">";
        append_html_lines(html, signature.starts_with("-- \n") ? signature.substr(4) : signature, "", "<br>");
        html += "</div>";
      }
      html += "</div>\n";
      if (!quoted.empty()) {
        html += "<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">";
        append_html_escaped(html, attribution);
        html += "<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
                "border-left:1px solid rgb(204,204,204);padding-left:1ex\">";
        append_html_lines(html, quoted, "", "<br>\n");
        html += "</blockquote></div>\n";
      }
    }
    return html;
  }

  void append_alternative(std::string& out, const Person& from, std::string_view plain, std::string_view html) {
    ++stats_.html;
    const std::string boundary = "000000000000" + random_hex(16, false);
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\n\n--" + boundary + '\n';
    append_plain_entity(out, from, plain);
    out += "\n--" + boundary + "\nContent-Type: text/html; charset=\"UTF-8\"\n"
                               "Content-Transfer-Encoding: quoted-printable\n\n";
    append_encoded(out, Cte::quoted_printable, html);
    out += "\n--" + boundary + "--\n";
  }

  // multipart/mixed around `body_entity`, with one base64 attachment of random bytes.
  void wrap_with_attachment(std::string& out, std::string_view body_entity, const SlotContext& ctx) {
    std::string filename;
    expand(filename, rng_.pick(span_of(voc::k_attachment_names)), ctx);
    filename = lower_ascii_slug_keep_case(filename);
    const std::string_view ext = std::string_view(filename).substr(filename.rfind('.') + 1);
    std::string_view type = "application/octet-stream";
    if (ext == "pdf") type = "application/pdf";
    else if (ext == "xlsx") type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    else if (ext == "docx") type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    else if (ext == "pptx") type = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    else if (ext == "png") type = "image/png";
    else if (ext == "jpg") type = "image/jpeg";

    const std::size_t size = rng_.log_uniform(20U << 10, 500U << 10);
    attachment_.resize(size);
    for (std::size_t i = 0; i < size; i += 8) {
      const std::uint64_t bits = rng_.next();
      for (std::size_t k = 0; k < 8 && i + k < size; ++k)
        attachment_[i + k] = static_cast<char>(static_cast<unsigned char>(bits >> (8 * k)));
    }
    if (ext == "pdf") attachment_.replace(0, 9, "%PDF-1.7\n");

    const std::string boundary = "----=_NextPart_000_" + random_hex(4, true) + '_' + random_hex(8, true);
    out += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\n\nThis is a multi-part message in "
           "MIME format.\n\n--" + boundary + '\n';
    out += body_entity;
    out += "\n--" + boundary + "\nContent-Type: " + std::string(type) + "; name=\"" + filename +
           "\"\nContent-Disposition: attachment; filename=\"" + filename + "\"; size=" + std::to_string(size) +
           "\nContent-Transfer-Encoding: base64\n\n";
    const std::size_t before = out.size();
    append_base64_lines(out, attachment_);
    stats_.attachment_bytes += out.size() - before;
    ++stats_.attachments;
    out += "\n--" + boundary + "--\n";
  }

  static std::string lower_ascii_slug_keep_case(std::string_view name) {
    std::string out;
    for (const char c : name) {
      const auto u = static_cast<unsigned char>(c);
      if (u < 0x80 && u != '"' && u != ' ' && u != '\'') out += c;
      else if (u == ' ') out += '_';
    }
    return out;
  }

  // ---- messages ----

  // The attribution line (or Outlook header block) above a quoted message.
  std::string make_attribution(const Person& replier, const Thread& thread, std::string_view subject_prefix) {
    const Person& prev = people_[thread.last_sender];
    std::string a;
    switch (replier.client) {
      case MailClient::outlook:
      case MailClient::legacy: {
        const bool classic = replier.client == MailClient::legacy || rng_.chance(0.6);
        a += classic ? "-----Original Message-----\nFrom: " + prev.name + " [mailto:" + prev.email + "]\n"
                     : "________________________________\nFrom: " + prev.name + " <" + prev.email + ">\n";
        a += "Sent: ";
        append_outlook_date(a, thread.last_time, replier.tz_minutes);
        const Person& to = thread.last_sender == 0 ? people_[thread.contact] : people_[0];
        a += "\nTo: " + to.name + (classic ? "" : " <" + to.email + ">") + '\n';
        if (!thread.others.empty()) a += "Cc: " + people_[thread.others.front()].name + '\n';
        a += "Subject: ";
        a += thread.ids.size() > 1 ? subject_prefix : std::string_view();
        a += thread.subject + '\n';
        break;
      }
      case MailClient::webmail:
      case MailClient::mobile:
        a += "On ";
        append_webmail_date(a, thread.last_time, replier.tz_minutes);
        a += ' ' + prev.name + " <" + prev.email + "> wrote:\n";
        break;
      case MailClient::apple:
        a += "On ";
        append_apple_date(a, thread.last_time, replier.tz_minutes);
        a += ", " + prev.name + " <" + prev.email + "> wrote:\n";
        break;
      case MailClient::thunderbird:
        a += "On ";
        append_short_date(a, thread.last_time, replier.tz_minutes);
        a += ", " + prev.name + " wrote:\n";
        break;
    }
    return a;
  }

  static std::string prefix_lines(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 20);
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t end = text.find('\n', i);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view line = text.substr(i, end - i);
      out += line.empty() ? ">" : line.front() == '>' ? ">" : "> ";
      out += line;
      out += '\n';
      i = end + 1;
    }
    return out;
  }

  // Cuts `text` to at most `limit` bytes at a line end: a bound on quoted history.
  static void cap_lines(std::string& text, std::size_t limit) {
    if (text.size() <= limit) return;
    const std::size_t cut = text.rfind('\n', limit);
    text.resize(cut == std::string::npos ? limit : cut + 1);
  }

  struct Draft {
    const Person* from = nullptr;
    std::vector<const Person*> to;
    std::vector<const Person*> cc;
    std::string subject;
    std::string message_id;
    std::string in_reply_to;
    std::vector<std::string> references;
    std::string plain;  // the whole text body, UTF-8
    std::string html;   // empty: text/plain only
    bool attachment = false;
    bool automatic_reply = false;
    bool newsletter = false;
    std::string list_name;
  };

  // Writes one message from a draft and records its size.
  void emit(const Draft& d) {
    message_.clear();
    const Person& from = *d.from;
    const bool inbound = d.newsletter || from.email != people_[0].email;
    if (d.newsletter) {
      message_ += "Return-Path: <bounce-" + random_hex(10, false) + "@" + from.email.substr(from.email.find('@') + 1) +
                  ">\n";
    } else {
      append_transport_headers(message_, from, inbound);
    }
    const std::string_view charset = charset_of(from);
    message_ += "MIME-Version: 1.0\n";
    header_value_.clear();
    append_address(header_value_, from, charset);
    append_header(message_, "From", header_value_);
    header_value_.clear();
    for (const Person* p : d.to) {
      if (!header_value_.empty()) header_value_ += ", ";
      append_address(header_value_, *p, charset);
    }
    append_header(message_, "To", header_value_);
    if (!d.cc.empty()) {
      header_value_.clear();
      for (const Person* p : d.cc) {
        if (!header_value_.empty()) header_value_ += ", ";
        append_address(header_value_, *p, charset);
      }
      append_header(message_, "Cc", header_value_);
    }
    header_value_.clear();
    if (is_ascii(d.subject)) {
      header_value_ = d.subject;
    } else {
      const std::string text = charset == "iso-8859-1" ? to_latin1(d.subject) : d.subject;
      append_encoded_words(header_value_, text, charset,
                           from.client == MailClient::webmail ? WordEncoding::b : WordEncoding::q);
    }
    append_header(message_, "Subject", header_value_);
    message_ += "Date: ";
    append_rfc5322_date(message_, clock_, from.tz_minutes);
    message_ += "\nMessage-ID: <" + d.message_id + ">\n";
    if (!d.in_reply_to.empty()) message_ += "In-Reply-To: <" + d.in_reply_to + ">\n";
    if (!d.references.empty()) {
      header_value_.clear();
      for (const auto& id : d.references) {
        if (!header_value_.empty()) header_value_ += ' ';
        header_value_ += '<' + id + '>';
      }
      append_header(message_, "References", header_value_);
    }
    if (from.client == MailClient::outlook && !d.newsletter) {
      std::string_view topic = d.subject;
      if (topic.starts_with("RE: ") || topic.starts_with("Re: ")) topic.remove_prefix(4);
      message_ += "Thread-Topic: " + (is_ascii(topic) ? std::string(topic) : std::string("Update")) + "\nThread-Index: " +
                  random_base64(30) + "==\n";
    }
    if (d.automatic_reply) message_ += "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n";
    if (d.newsletter) {
      const std::string domain = from.email.substr(from.email.find('@') + 1);
      message_ += "List-Id: " + d.list_name + " <weekly." + domain + ">\nList-Unsubscribe: <mailto:unsubscribe@" +
                  domain + "?subject=unsubscribe>, <https://" + domain + "/u/" + random_hex(24, false) +
                  ">\nPrecedence: bulk\n";
    }
    append_mailer_header(message_, from);

    body_.clear();
    if (d.html.empty()) append_plain_entity(body_, from, d.plain);
    else append_alternative(body_, from, d.plain, d.html);
    if (d.attachment) {
      const SlotContext ctx{d.to.front(), &from};
      std::string wrapped;
      wrap_with_attachment(wrapped, body_, ctx);
      message_ += wrapped;
    } else {
      message_ += body_;
    }
    const std::uint64_t before = writer_.bytes();
    writer_.write(from.email, clock_, message_);
    stats_.sizes.push_back(static_cast<std::uint32_t>(writer_.bytes() - before));
  }

  bool wants_html(const Person& from) {
    switch (from.client) {
      case MailClient::outlook: return true;
      case MailClient::webmail: return rng_.chance(from.email == people_[0].email ? 0.5 : 0.9);
      case MailClient::apple: return rng_.chance(0.3);
      default: return false;
    }
  }

  // Owner or contact writes the next message of `thread` (new when ids is empty).
  void write_thread_message(Thread& thread, std::size_t sender) {
    const bool from_owner = sender == 0;
    const Person& from = from_owner && rng_.chance(0.2) ? owner_mobile_ : people_[sender];
    const Person& main_to = from_owner ? people_[thread.contact] : people_[0];
    const bool first = thread.ids.empty();

    Draft d;
    d.from = &from;
    d.to.push_back(&main_to);
    for (const std::size_t other : thread.others)
      if (other != sender) d.cc.push_back(&people_[other]);
    const std::string_view re = from.client == MailClient::outlook ? "RE: " : "Re: ";
    d.subject = first ? thread.subject : std::string(re) + thread.subject;
    d.message_id = make_message_id(from);

    std::string new_text = compose_new_text(from, main_to, thread.topic, first);
    std::string signature;
    if (!from.signature.empty() && !(from.client == MailClient::mobile)) signature = from.signature;
    if (from.client == MailClient::mobile) signature = std::string(rng_.pick(span_of(voc::k_mobile_signatures))) + '\n';
    std::string footer;
    const Company& company = companies_[from.company];
    if (company.legal_footer && !from.free_mail) {
      const SlotContext ctx{&from, &from};
      std::string raw;
      expand(raw, voc::k_legal_footers[company.footer], ctx);
      append_wrapped(footer, raw);
    }

    std::string attribution;
    std::string quoted;
    bool bottom_post = false;
    if (!first) {
      d.in_reply_to = thread.ids.back();
      // Clients keep the first and the most recent references when the list grows long.
      d.references.push_back(thread.ids.front());
      const std::size_t from_index = thread.ids.size() > 9 ? thread.ids.size() - 8 : 1;
      for (std::size_t i = from_index; i < thread.ids.size(); ++i) d.references.push_back(thread.ids[i]);
      attribution = make_attribution(from, thread, re);
      const bool outlook_block = from.client == MailClient::outlook || from.client == MailClient::legacy;
      quoted = outlook_block ? thread.last_text : prefix_lines(thread.last_text);
      bottom_post = from.client == MailClient::thunderbird && rng_.chance(0.3);
    }

    std::string& plain = d.plain;
    if (bottom_post) {
      plain += attribution + quoted + '\n' + new_text;
      if (!signature.empty()) plain += '\n' + signature;
    } else {
      plain += new_text;
      if (!signature.empty()) plain += '\n' + signature;
      if (!footer.empty()) plain += '\n' + footer;
      if (!quoted.empty()) {
        plain += '\n' + attribution;
        if (from.client == MailClient::outlook || from.client == MailClient::legacy) plain += '\n';
        plain += quoted;
      }
    }
    if (wants_html(from)) d.html = make_html(from, new_text, signature, attribution, quoted);
    d.attachment = rng_.chance(first && from_owner ? 0.12 : 0.04);

    emit(d);

    thread.ids.push_back(d.message_id);
    thread.last_text = plain;
    cap_lines(thread.last_text, 24U << 10);
    thread.last_sender = sender;
    thread.last_time = clock_;

    if (from_owner && people_[thread.contact].away > 0.0 && rng_.chance(people_[thread.contact].away))
      write_out_of_office(thread, d);
  }

  void start_thread() {
    ++stats_.threads;
    Thread t;
    t.contact = first_contact_ + rng_.skewed(k_contacts);
    const Person& contact = people_[t.contact];
    if (rng_.chance(0.25)) {
      // Another person from the same company, or a colleague of the owner.
      for (std::size_t tries = 0; tries < 8; ++tries) {
        const std::size_t other = first_contact_ + rng_.below(k_contacts);
        if (other != t.contact && people_[other].company == contact.company && !contact.free_mail) {
          t.others.push_back(other);
          break;
        }
      }
    }
    if (rng_.chance(0.15)) t.others.push_back(1 + rng_.below(k_owner_colleagues));
    t.topic = static_cast<Topic>(rng_.below(4));
    const SlotContext ctx{&contact, &people_[0]};
    expand(t.subject, rng_.pick(span_of(voc::k_subjects)), ctx);
    t.remaining = rng_.log_uniform(1, 14);
    const std::size_t sender = rng_.chance(0.65) ? 0 : t.contact;
    write_thread_message(t, sender);
    if (t.remaining > 1) {
      --t.remaining;
      threads_.push_back(std::move(t));
    }
  }

  void reply(std::size_t index) {
    Thread& t = threads_[index];
    // Mostly the other side answers; sometimes the same side follows up (a nudge).
    std::size_t sender = t.last_sender == 0 ? t.contact : 0;
    if (rng_.chance(0.12)) sender = t.last_sender;
    if (sender != 0 && !t.others.empty() && t.others.front() >= first_contact_ && rng_.chance(0.3))
      sender = t.others.front();
    write_thread_message(t, sender);
    if (--t.remaining == 0) {
      threads_[index] = std::move(threads_.back());
      threads_.pop_back();
    }
  }

  void write_out_of_office(const Thread& thread, const Draft& original) {
    ++stats_.out_of_office;
    clock_ += static_cast<std::int64_t>(rng_.between(5, 90));
    const Person& from = people_[thread.contact];
    Draft d;
    d.from = &from;
    d.to.push_back(&people_[0]);
    d.automatic_reply = true;
    d.subject = (from.client == MailClient::outlook ? "Automatic reply: " : "Out of Office: ") + original.subject;
    d.message_id = make_message_id(from);
    d.in_reply_to = original.message_id;
    d.references = original.references;
    d.references.push_back(original.message_id);
    const SlotContext ctx{&people_[0], &from};
    std::string text;
    expand(text, rng_.pick(span_of(voc::k_out_of_office)), ctx);
    text += ' ';
    expand(text, rng_.pick(span_of(voc::k_out_of_office_urgent)), ctx);
    append_wrapped(d.plain, text);
    d.plain += '\n' + from.name + '\n';
    emit(d);
  }

  void write_newsletter() {
    ++stats_.newsletters;
    const std::size_t which = rng_.below(std::size(voc::k_newsletter_senders));
    if (newsletter_people_.empty()) {
      for (const auto name : voc::k_newsletter_senders) {
        Person p;
        p.name = std::string(name);
        p.first = p.name;
        p.email = "news@" + lower_ascii_slug(name) + ".example";
        p.client = MailClient::webmail;
        newsletter_people_.push_back(std::move(p));
      }
    }
    const Person& from = newsletter_people_[which];
    Draft d;
    d.from = &from;
    d.to.push_back(&people_[0]);
    d.newsletter = true;
    d.list_name = from.name;
    const auto t = civil_time(clock_, 0);
    d.subject = from.name + ": " + std::string(month_name(t)) + ' ' + std::to_string(t.day) + " edition";
    d.message_id = random_hex(20, false) + ".newsletter@" + from.email.substr(from.email.find('@') + 1);
    const SlotContext ctx{&people_[0], &from};

    std::string& plain = d.plain;
    std::string html;
    html += "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + from.name +
            "</title><style>body{margin:0;padding:0;background:#f4f4f4}table{border-collapse:collapse}"
            ".h{font:bold 22px Arial,sans-serif;color:#222}.p{font:15px/1.5 Arial,sans-serif;color:#444}"
            "</style></head>\n<body><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
            "bgcolor=\"#f4f4f4\"><tr><td align=\"center\"><table width=\"600\" cellpadding=\"0\" "
            "cellspacing=\"0\" bgcolor=\"#ffffff\">\n";
    const std::size_t stories = rng_.log_uniform(3, 24);
    for (std::size_t s = 0; s < stories; ++s) {
      std::string headline;
      expand(headline, rng_.pick(span_of(voc::k_newsletter_sentences)), ctx);
      std::string paragraph;
      for (std::size_t k = rng_.between(2, 5); k > 0; --k) {
        expand(paragraph, rng_.pick(span_of(voc::k_newsletter_sentences)), ctx);
        paragraph += ' ';
      }
      paragraph.pop_back();
      plain += headline + "\n\n";
      append_wrapped(plain, paragraph);
      const std::string link = "https://" + from.email.substr(from.email.find('@') + 1) + "/r/" + random_hex(32, false);
      plain += "Read more: " + link + "\n\n";
      html += "<tr><td style=\"padding:24px 32px 8px 32px\" class=\"h\">";
      append_html_escaped(html, headline);
      html += "</td></tr>\n<tr><td style=\"padding:0 32px 16px 32px\" class=\"p\">";
      append_html_escaped(html, paragraph);
      html += "<br><a href=\"" + link + "\" style=\"color:#1a73e8;text-decoration:none\">Read more &rarr;</a>"
              "</td></tr>\n";
    }
    plain += "You are receiving this because you subscribed. Unsubscribe: https://" +
             from.email.substr(from.email.find('@') + 1) + "/u\n";
    html += "<tr><td style=\"padding:16px 32px;font:12px Arial,sans-serif;color:#888\">You are receiving this "
            "because you subscribed. <a href=\"https://" + from.email.substr(from.email.find('@') + 1) +
            "/u\">Unsubscribe</a></td></tr>\n</table></td></tr></table><img src=\"https://" +
            from.email.substr(from.email.find('@') + 1) + "/o/" + random_hex(32, false) +
            ".gif\" width=\"1\" height=\"1\" alt=\"\"></body></html>\n";
    d.html = std::move(html);
    emit(d);
  }

  Rng rng_;
  MboxWriter& writer_;
  std::vector<Company> companies_;
  std::vector<Person> people_;
  std::vector<Person> newsletter_people_;
  Person owner_mobile_;
  std::size_t first_contact_ = 0;
  std::vector<Thread> threads_;
  std::int64_t clock_ = k_start_time;
  Stats stats_;
  std::string message_;       // reused per message
  std::string body_;
  std::string header_value_;
  std::string attachment_;
  std::vector<const char*> used_;  // sentences of the message being written
};

// "1G", "250M", "64K", "1000" -> bytes (binary multiples).
std::optional<std::uint64_t> parse_size(std::string_view text) {
  if (text.empty()) return std::nullopt;
  std::uint64_t multiplier = 1;
  switch (text.back()) {
    case 'K': case 'k': multiplier = 1ULL << 10; break;
    case 'M': case 'm': multiplier = 1ULL << 20; break;
    case 'G': case 'g': multiplier = 1ULL << 30; break;
    default: break;
  }
  if (multiplier != 1) text.remove_suffix(1);
  std::uint64_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return value * multiplier;
}

void print_stats(const Stats& stats, std::uint64_t bytes, std::uint64_t escaped, double seconds) {
  auto sizes = stats.sizes;
  std::sort(sizes.begin(), sizes.end());
  const auto at = [&](double q) {
    return sizes.empty() ? 0U : sizes[std::min(sizes.size() - 1, static_cast<std::size_t>(q * static_cast<double>(sizes.size())))];
  };
  const double mb = static_cast<double>(bytes) / 1e6;
  std::fprintf(stderr,
               "wrote %.1f MB, %zu messages in %.1f s (%.0f MB/s)\n"
               "message size: median %.1f KB, p90 %.1f KB, p99 %.1f KB, max %.1f KB\n"
               "threads %llu, newsletters %llu, out-of-office %llu, with HTML %llu, latin-1 %llu, "
               "quoted-printable parts %llu, 8bit parts %llu\n"
               "attachments %llu (%.1f%% of messages, %.1f%% of bytes), mboxrd-escaped lines %llu\n",
               mb, sizes.size(), seconds, mb / seconds, at(0.5) / 1e3, at(0.9) / 1e3, at(0.99) / 1e3,
               at(1.0) / 1e3, static_cast<unsigned long long>(stats.threads),
               static_cast<unsigned long long>(stats.newsletters), static_cast<unsigned long long>(stats.out_of_office),
               static_cast<unsigned long long>(stats.html), static_cast<unsigned long long>(stats.latin1),
               static_cast<unsigned long long>(stats.quoted_printable),
               static_cast<unsigned long long>(stats.eight_bit), static_cast<unsigned long long>(stats.attachments),
               sizes.empty() ? 0.0 : 100.0 * static_cast<double>(stats.attachments) / static_cast<double>(sizes.size()),
               bytes == 0 ? 0.0 : 100.0 * static_cast<double>(stats.attachment_bytes) / static_cast<double>(bytes),
               static_cast<unsigned long long>(escaped));
}

int usage() {
  std::fprintf(stderr, "usage: bench_make_mailbox OUT.mbox --size SIZE[K|M|G] [--seed N]\n");
  return 2;
}

}  // namespace
}  // namespace rapport::bench

int main(int argc, char** argv) {
  using namespace rapport::bench;
  std::string out_path;
  std::optional<std::uint64_t> size;
  std::uint64_t seed = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--size" && i + 1 < argc) {
      size = parse_size(argv[++i]);
      if (!size) return usage();
    } else if (arg == "--seed" && i + 1 < argc) {
      const auto parsed = parse_size(argv[++i]);
      if (!parsed) return usage();
      seed = *parsed;
    } else if (arg == "-h" || arg == "--help") {
      usage();
      return 0;
    } else if (!arg.starts_with("-") && out_path.empty()) {
      out_path = arg;
    } else {
      return usage();
    }
  }
  if (out_path.empty() || !size) return usage();

  std::FILE* file = std::fopen(out_path.c_str(), "wb");
  if (file == nullptr) {
    std::fprintf(stderr, "bench_make_mailbox: cannot write %s\n", out_path.c_str());
    return 1;
  }
  const auto start = std::chrono::steady_clock::now();
  MboxWriter writer(file);
  MailboxGenerator generator(seed, writer);
  generator.generate(*size);
  const std::uint64_t bytes = writer.bytes();
  if (!writer.close()) {
    std::fprintf(stderr, "bench_make_mailbox: write to %s failed (disk full?)\n", out_path.c_str());
    return 1;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  print_stats(generator.stats(), bytes, writer.escaped_lines(), seconds);
  return 0;
}
