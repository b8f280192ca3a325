#include "rapport/analysis/intent_classifier.hpp"

#include <algorithm>
#include <array>
#include <span>

#include <fmt/format.h>

#include "rapport/analysis/objection_finder_clauses.hpp"
#include "rapport/analysis/sentences.hpp"

namespace rapport::analysis {
namespace {

constexpr std::array<std::string_view, 20> k_signal_names{
    "unsubscribe", "auto_reply", "dismissal",       "dismissal.weak",     "interest",
    "question",    "scheduling", "scheduling.move", "scheduling.confirm", "scheduling.notice",
    "info",        "courtesy",   "no_contact",      "active_deal",        "decision",
    "mailing",     "in_person",  "dismissal.pause", "scheduling.invite",  "confirmation"};

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The caller removes quoted history, but a mail reader may miss some (a chat export,
// an unusual client): blank it out here too, byte for byte so spans stay valid.
// Forwarded messages are kept: what a client forwards is part of what they say.
std::string without_quoted_history(std::string_view text) {
  std::string out(text);
  std::size_t pos = 0;
  std::string_view previous;
  while (pos < text.size()) {
    auto end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const auto line = trim(text.substr(pos, end - pos));
    const bool attribution = ends_with(line, "wrote:") && (starts_with(line, "On ") || starts_with(previous, "On "));
    bool outlook = starts_with(line, "-----Original Message-----") || starts_with(line, "-----Ursprüngliche");
    if (starts_with(line, "From:") && !starts_with(line, "From: ---")) {
      // An Outlook header block: From: followed closely by Sent:.
      const auto rest = text.substr(end, std::min<std::size_t>(400, text.size() - end));
      outlook = outlook || rest.find("\nSent:") != std::string_view::npos;
      if (starts_with(previous, "------") && starts_with(previous, "---------- Forwarded")) outlook = false;
    }
    if (attribution || outlook) {
      // Everything from here on (from the "On" line when the attribution wrapped).
      auto from = pos;
      if (attribution && !starts_with(line, "On ") && from > 0) {
        const auto prev_start = text.rfind('\n', from - 2);
        from = prev_start == std::string_view::npos ? 0 : prev_start + 1;
      }
      for (auto i = from; i < out.size(); ++i)
        if (out[i] != '\n') out[i] = ' ';
      break;
    }
    if (!line.empty() && line.front() == '>')
      for (auto i = pos; i < end; ++i) out[i] = ' ';
    previous = line;
    pos = end + 1;
  }
  return out;
}

bool blank(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}

// Without the act tagger: a sentence that starts (after a greeting word) with an
// auxiliary or a wh-word asks, even without a '?' ("hi is the shop open sundays").
bool starts_like_a_question(const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
  static constexpr std::array<std::string_view, 24> k_openers{
      "is",  "are",   "do",   "does", "did",   "can",   "could", "will", "would", "should", "have", "has",
      "was", "were",  "what", "when", "where", "who",   "how",   "which", "why",   "any",    "shall", "may"};
  static constexpr std::array<std::string_view, 6> k_skip{"hi", "hello", "hey", "so", "and", "also"};
  auto i = first;
  while (i < last && std::find(k_skip.begin(), k_skip.end(), tokens[i].text) != k_skip.end()) ++i;
  return i < last && last - i >= 3 &&
         std::find(k_openers.begin(), k_openers.end(), tokens[i].text) != k_openers.end();
}

bool ends_with_statement_mark(std::string_view sentence) {
  sentence = trim(sentence);
  return !sentence.empty() && (sentence.back() == '.' || sentence.back() == '!');
}

bool ends_with_question_mark(std::string_view sentence) {
  sentence = trim(sentence);
  while (!sentence.empty() && (sentence.back() == ')' || sentence.back() == '"')) sentence.remove_suffix(1);
  return !sentence.empty() && sentence.back() == '?';
}

// Acts that are pure courtesy: a sentence with only these needs no answer.
bool is_courtesy_act(Act a) {
  return a == Act::thanks || a == Act::appreciation || a == Act::greeting || a == Act::closing ||
         a == Act::apology || a == Act::backchannel || a == Act::small_talk;
}

bool subject_says_automatic(std::string_view subject) {
  std::string lower;
  for (const char c : subject.substr(0, 40))
    lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  return starts_with(lower, "automatic reply") || starts_with(lower, "auto:") || starts_with(lower, "out of office") ||
         starts_with(lower, "autoreply") || starts_with(lower, "auto-reply") ||
         starts_with(lower, "abwesenheitsnotiz");
}

bool capitalised(std::string_view text, const Token& token) {
  const auto c = static_cast<unsigned char>(text[token.begin]);
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// A sign-off the mail reader left in ("Jonas", "Jess & Ollie", "Marta & everyone at
// Quintero & Hale"): the last sentence, short, without end punctuation, starting with a
// capital and mostly capitalised. It carries no content.
bool looks_like_sign_off(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                         std::size_t last, bool is_last) {
  if (last == first || last - first > 7) return false;
  if (last - first > 3 && !is_last) return false;
  if (!capitalised(text, tokens[first])) return false;
  const auto tail = trim(text.substr(tokens[last - 1].end, text.size() - tokens[last - 1].end));
  if (!tail.empty() && (tail.front() == '.' || tail.front() == '!' || tail.front() == '?')) return false;
  std::size_t caps = 0;
  for (auto i = first; i < last; ++i) caps += capitalised(text, tokens[i]) ? 1U : 0U;
  return last - first <= 3 ? caps == last - first : 2 * caps > last - first;
}

// Where the words of a sentence begin after its greeting, the name it is addressed to
// and linking words ("Hi Sam, please…", "Thanks, please…", "Also, let me know…"), so
// that a request rule's '^' means the start of what the sentence asks.
std::size_t request_start(std::string_view text, const std::vector<Token>& tokens, std::size_t first,
                          std::size_t last) {
  static constexpr std::array<std::string_view, 18> k_lead_in{
      "hi",    "hello", "hey",    "dear",   "so",     "also",    "and",   "then",  "but",
      "ok",    "okay",  "oh",     "great",  "thanks", "cheers",  "perfect", "right", "anyway"};
  const auto comma_after = [&](std::size_t i) {
    const auto to = i + 1 < tokens.size() ? tokens[i + 1].begin : text.size();
    return text.substr(tokens[i].end, to - tokens[i].end).find(',') != std::string_view::npos;
  };
  auto i = first;
  while (i + 1 < last) {
    const auto& word = tokens[i].text;
    // A heading ("Update: the board met"): what follows is its own sentence.
    if (text.substr(tokens[i].end, 1) == ":") {
      ++i;
      continue;
    }
    if (std::find(k_lead_in.begin(), k_lead_in.end(), word) != k_lead_in.end()) {
      ++i;
      continue;
    }
    if (word == "thank" && tokens[i + 1].text == "you") {
      i += 2;
      continue;
    }
    // "in the meantime," "in short,": a phrase set off by a comma.
    if (word == "in" && i + 2 < last && comma_after(i + 1)) {
      i += 2;
      continue;
    }
    // A name set off by a comma: "Sam, can you…", "Mr Patel, please…" (not "Any
    // questions, give me a shout": both words of a two-word name are capitalised).
    if (capitalised(text, tokens[i]) &&
        (comma_after(i) || (i + 2 < last && capitalised(text, tokens[i + 1]) && comma_after(i + 1)))) {
      i += comma_after(i) ? 1U : 2U;
      continue;
    }
    break;
  }
  return i;
}

}  // namespace

Result<IntentClassifier> IntentClassifier::create(const RuleFiles& files) {
  // A signal's label is found by its place in k_signal_names: one name per Signal, in order.
  static_assert(k_signal_names.size() == k_signal_count);
  IntentClassifier classifier;
  for (const auto& file : files_with_prefix(files, "intents"))
    RAPPORT_TRY((starts_with(file.name, "intents.requests") ? classifier.requests_ : classifier.phrases_)
                    .add_rules(file.name, file.text));
  for (LabelId id = 0; id < classifier.requests_.label_count(); ++id) {
    const auto& name = classifier.requests_.label_name(id);
    if (name == "request")
      classifier.request_label_ = id;
    else if (name == "not.request")
      classifier.not_request_label_ = id;
    else if (name == "offer")
      classifier.offer_label_ = id;
    else if (name == "prompt")
      classifier.prompt_label_ = id;
    else
      return make_error(fmt::format("request rules: unknown label \"{}\"", name),
                        "a label in an intents.requests… file is request, prompt, not.request or offer");
  }
  classifier.meanings_.resize(classifier.phrases_.label_count());
  for (LabelId id = 0; id < classifier.meanings_.size(); ++id) {
    std::string_view name = classifier.phrases_.label_name(id);
    auto& meaning = classifier.meanings_[id];
    if (starts_with(name, "not.")) {
      meaning.cancels = true;
      name.remove_prefix(4);
    }
    const auto it = std::find(k_signal_names.begin(), k_signal_names.end(), name);
    if (it == k_signal_names.end())
      return make_error(fmt::format("intent rules: unknown label \"{}\"", classifier.phrases_.label_name(id)),
                        "a label is one of the signals listed at the top of data/analysis/intents.rules");
    meaning.signal = static_cast<Signal>(it - k_signal_names.begin());
  }
  return classifier;
}

IntentClassifier::SentenceRequest IntentClassifier::request_in_sentence(std::string_view text,
                                                                        const std::vector<Token>& tokens,
                                                                        std::size_t first, std::size_t last) const {
  SentenceRequest out;
  const auto start = request_start(text, tokens, first, last);
  if (start >= last) return out;
  const std::span<const Token> words(tokens.begin() + static_cast<std::ptrdiff_t>(start),
                                     tokens.begin() + static_cast<std::ptrdiff_t>(last));
  std::vector<PhraseMatch> requests, offers, not_requests;
  for (auto m : requests_.find_all(words)) {
    m.first += start;
    m.last += start;
    if (m.label == offer_label_) offers.push_back(m);
    if (m.label == request_label_ || m.label == prompt_label_) requests.push_back(m);
    if (m.label == not_request_label_) not_requests.push_back(m);
  }
  // A request next to an offer ("let me know if you need anything") or after one that
  // opens the sentence ("If you have any questions or need more detail, please call
  // me") only offers; one further away still asks ("Please send the contract and let me
  // know if you have any questions"). A not.request cancels the requests of its clause.
  constexpr std::size_t k_offer_reach = 3;
  std::erase_if(requests, [&](const PhraseMatch& r) {
    const auto overlaps = [&](const PhraseMatch& o) { return r.first < o.last && o.first < r.last; };
    const auto same_clause = [&](const PhraseMatch& n) {
      return r.first >= detail::clause_start(text, tokens, n.first) &&
             r.first < detail::clause_end(text, tokens, n.last - 1);
    };
    return std::any_of(not_requests.begin(), not_requests.end(), same_clause) ||
           std::any_of(offers.begin(), offers.end(), [&](const PhraseMatch& o) {
             return overlaps(o) || (o.first == start && o.last <= r.first) ||
                    (r.last <= o.first && o.first - r.last <= k_offer_reach) ||
                    (o.last <= r.first && r.first - o.last <= k_offer_reach);
           });
  });
  if (!requests.empty()) out.request = requests.front();
  out.offered = !offers.empty();
  return out;
}

IntentResult IntentClassifier::classify(std::string_view new_text, const std::vector<SentenceActs>& sentences,
                                        const std::vector<ObjectionHit>& objections,
                                        const MessageContext& context) const {
  const std::string own = without_quoted_history(new_text);
  const std::string_view text(own);
  const auto tokens = tokenize(text);

  // The sentences of the client's own text, with their acts.
  struct Sentence {
    Span span;
    std::vector<Act> acts;
    bool tagged = false;  // acts came from the act tagger
    std::size_t first = 0, last = 0;  // tokens
  };
  std::vector<Sentence> own_sentences;
  if (!sentences.empty()) {
    for (const auto& s : sentences)
      if (s.span.end <= text.size() && !blank(text.substr(s.span.begin, s.span.end - s.span.begin)))
        own_sentences.push_back({s.span, s.acts, true});
  } else {
    for (const auto& span : split_sentences(text)) own_sentences.push_back({span, {}, false});
  }
  for (auto& s : own_sentences) {
    const auto first = std::lower_bound(tokens.begin(), tokens.end(), s.span.begin,
                                        [](const Token& t, std::size_t b) { return t.begin < b; });
    const auto last = std::lower_bound(first, tokens.end(), s.span.end,
                                       [](const Token& t, std::size_t b) { return t.begin < b; });
    s.first = static_cast<std::size_t>(first - tokens.begin());
    s.last = static_cast<std::size_t>(last - tokens.begin());
  }
  const auto sentence_of = [&](std::size_t token) -> std::size_t {
    for (std::size_t i = 0; i < own_sentences.size(); ++i)
      if (token >= own_sentences[i].first && token < own_sentences[i].last) return i;
    return own_sentences.size();
  };

  // Rule matches, with cancelled and negated ones removed.
  auto matches = phrases_.find_all(tokens);
  std::array<std::vector<std::pair<std::size_t, std::size_t>>, k_signal_count> cancelled;
  for (const auto& m : matches) {
    const auto& meaning = meanings_[m.label];
    // "not to go ahead" does not cancel the dismissal it belongs to.
    if (meaning.cancels && !(m.first > 0 && detail::is_negation(tokens[m.first - 1].text)))
      cancelled[static_cast<std::size_t>(meaning.signal)].emplace_back(
          detail::clause_start(text, tokens, m.first), detail::clause_end(text, tokens, m.last - 1));
  }
  std::erase_if(matches, [&](const PhraseMatch& m) {
    const auto& meaning = meanings_[m.label];
    if (meaning.cancels) return true;
    for (const auto& [from, to] : cancelled[static_cast<std::size_t>(meaning.signal)])
      if (m.first >= from && m.first < to) return true;
    // "not interested in", "doesn't work for me": the wish or the acceptance is denied.
    const bool negatable = meaning.signal == Signal::interest || meaning.signal == Signal::scheduling_confirm ||
                           meaning.signal == Signal::courtesy || meaning.signal == Signal::decision;
    return negatable && detail::negated_before(text, tokens, m.first);
  });
  // Requests and offers, sentence by sentence, from where each sentence's own words
  // start (see request_start).
  std::vector<std::optional<PhraseMatch>> request_in(own_sentences.size());
  std::vector<bool> offered(own_sentences.size());
  for (std::size_t i = 0; i < own_sentences.size(); ++i) {
    const auto found = request_in_sentence(text, tokens, own_sentences[i].first, own_sentences[i].last);
    request_in[i] = found.request;
    offered[i] = found.offered;
  }

  std::array<const PhraseMatch*, k_signal_count> first_match{};
  for (const auto& m : matches) {
    auto& slot = first_match[static_cast<std::size_t>(meanings_[m.label].signal)];
    if (slot == nullptr) slot = &m;
  }
  const auto has_match = [&](Signal s) { return first_match[static_cast<std::size_t>(s)] != nullptr; };

  // Per sentence: does it ask, is it pure courtesy, does it carry content?
  std::vector<bool> courteous(own_sentences.size()), content(own_sentences.size()),
      scheduling_words(own_sentences.size()), proposes_time(own_sentences.size()), thanked(own_sentences.size()),
      question_sentence(own_sentences.size());
  for (const auto& m : matches) {
    const auto i = sentence_of(m.first);
    if (i >= own_sentences.size()) continue;
    switch (meanings_[m.label].signal) {
      case Signal::courtesy:
        courteous[i] = true;
        thanked[i] = true;
        break;
      case Signal::scheduling:
      case Signal::scheduling_move: proposes_time[i] = true; [[fallthrough]];
      case Signal::scheduling_confirm:
      case Signal::scheduling_notice: scheduling_words[i] = true; content[i] = true; break;
      case Signal::no_contact:
      case Signal::active_deal:
      case Signal::decision: break;
      default: content[i] = true; break;
    }
  }
  // A sentence that is only "stop" (as texts say it) asks to be left alone; the rule
  // anchors (^ $) see the whole message, not its sentences.
  bool bare_stop = false;
  for (const auto& s : own_sentences) {
    std::string words;
    for (auto t = s.first; t < s.last; ++t) words += (words.empty() ? "" : " ") + tokens[t].text;
    bare_stop = bare_stop || words == "stop" || words == "stop please" || words == "please stop";
  }
  const auto has = [&](Signal s) { return has_match(s) || (s == Signal::unsubscribe && bare_stop); };
  std::size_t asking = own_sentences.size();
  bool asks_about_time = false;
  // A request about a time arranges it ("Please send me an invite for Tuesday at 3");
  // one that accepts a time ("Sure, ring me next week") owes nothing more; any other
  // request asks for an answer or an action.
  // A prompt for an answer ("Let me know.", "Please confirm.") after times offered is
  // part of arranging them: it asks about the time, not a question of its own.
  const bool offers_time = has(Signal::scheduling) || has(Signal::scheduling_confirm);
  const PhraseMatch* request = nullptr;
  for (std::size_t i = 0; i < own_sentences.size(); ++i) {
    if (!request_in[i]) continue;
    if (proposes_time[i] || (offers_time && request_in[i]->label == prompt_label_))
      asks_about_time = true;
    else if (!scheduling_words[i] && request == nullptr)
      request = &*request_in[i];
  }
  for (std::size_t i = 0; i < own_sentences.size(); ++i) {
    const auto& s = own_sentences[i];
    const auto sentence_text = text.substr(s.span.begin, s.span.end - s.span.begin);
    const bool question = s.tagged ? std::any_of(s.acts.begin(), s.acts.end(), is_question)
                                   : ends_with_question_mark(sentence_text) ||
                                         (!ends_with_statement_mark(sentence_text) &&
                                          starts_like_a_question(tokens, s.first, s.last));
    question_sentence[i] = question;
    // A question about a time is scheduling; any other question asks for an answer.
    asks_about_time = asks_about_time || (question && scheduling_words[i]);
    if (question && !scheduling_words[i] && asking == own_sentences.size()) asking = i;
    if (s.tagged && !s.acts.empty() && std::all_of(s.acts.begin(), s.acts.end(), is_courtesy_act))
      courteous[i] = true;
    if (looks_like_sign_off(text, tokens, s.first, s.last, i + 1 == own_sentences.size())) courteous[i] = true;
    // "Let me know if you need anything": help offered, nothing asked.
    if (offered[i] && !request_in[i] && !question) courteous[i] = true;
    if (question || request_in[i]) content[i] = true;
    // A rhetorical question (the tagger saw a '?' but no question) that no rule
    // claims asks nothing: "who doesn't like a day off?".
    if (s.tagged && !question && !content[i] && ends_with_question_mark(sentence_text)) courteous[i] = true;
    // A sentence with words the rules do not know carries content unless it is courteous.
    if (!courteous[i] && s.last > s.first) content[i] = true;
  }

  // The objection hits in the client's own text.
  std::vector<const ObjectionHit*> hits;
  for (const auto& hit : objections)
    if (hit.span.begin < text.size() && !blank(text.substr(hit.span.begin, hit.span.end - hit.span.begin)))
      hits.push_back(&hit);
  const bool only_timing = !hits.empty() && std::all_of(hits.begin(), hits.end(), [](const ObjectionHit* h) {
    return h->category == Objection::timing;
  });

  IntentResult result;
  const auto decide = [&](Intent intent, bool reply_owed, const PhraseMatch* because,
                          const PhraseSet* rules = nullptr) {
    result.intent = intent;
    result.reply_owed = reply_owed;
    if (because != nullptr)
      result.evidence.push_back({fmt::format("intent.{}", to_string(intent)),
                                 Span{tokens[because->first].begin, tokens[because->last - 1].end},
                                 (rules != nullptr ? *rules : phrases_).rule_origin(because->rule)});
  };
  const auto match_of = [&](Signal s) { return first_match[static_cast<std::size_t>(s)]; };
  // "I'm out of the office next week, so could we do the call on the 22nd instead?": a
  // person who asks about a time may use the words of an absence note, but no automatic
  // answer asks when to meet, nor says it has read this message ("I'm away till
  // Wednesday, but I saw your note: yes, go ahead").
  const bool automatic =
      context.automatic || (has(Signal::auto_reply) && !asks_about_time && !has(Signal::in_person)) ||
      subject_says_automatic(context.subject);
  // The tagger's rejection counts too, unless the sentence thanks ("no, thank you!" is
  // courtesy, not a refusal).
  bool rejected = false;
  for (std::size_t i = 0; i < own_sentences.size(); ++i) {
    const auto& acts = own_sentences[i].acts;
    const auto has_act = [&](Act a) { return std::find(acts.begin(), acts.end(), a) != acts.end(); };
    rejected = rejected || (has_act(Act::rejection) && !has_act(Act::thanks) && !thanked[i]);
  }
  // A dismissal phrase inside a question asks ("could we hold off until May?"): the
  // door is still open. Asking to be contacted months later pauses the process however it
  // is put ("Can you come back to me in February?").
  // The first such phrase is also the evidence of the dismissal.
  const auto stated = std::find_if(matches.begin(), matches.end(), [&](const PhraseMatch& m) {
    if (meanings_[m.label].signal == Signal::dismissal_pause) return true;
    if (meanings_[m.label].signal != Signal::dismissal) return false;
    const auto i = sentence_of(m.first);
    return i >= own_sentences.size() || !question_sentence[i];
  });
  const PhraseMatch* dismissal_stated = stated == matches.end() ? nullptr : &*stated;
  // "We've decided …" with a reason not to proceed announces the end, not a concern.
  const bool dismissed = dismissal_stated != nullptr || (has(Signal::decision) && !hits.empty());
  // A bare refusal ("not interested") is what a cold prospect says too: it makes a
  // dismissal, but does not turn a request to be left alone into one.
  const bool declined = rejected || has(Signal::dismissal_weak);

  // A client who ends a process they are in ("we've gone with another firm, don't call
  // me about it") dismisses; a cold prospect who asks to be left alone unsubscribes, and
  // so does a client who asks off a list or the marketing, reason or not ("we've gone
  // with another supplier, take us off your mailing list"): unsubscribe comes first in
  // the order of precedence.
  if (has(Signal::unsubscribe) && !automatic && (!dismissed || has(Signal::mailing)) &&
      !has(Signal::active_deal)) {
    // Taken off the list, nothing is owed, unless the client asks to be told it is done
    // ("delete my data and confirm in writing when this has been done").
    decide(Intent::unsubscribe, has(Signal::confirmation), match_of(Signal::unsubscribe));
  } else if (automatic) {
    decide(Intent::auto_reply, false, match_of(Signal::auto_reply));
  } else if (dismissed || declined || has(Signal::unsubscribe)) {
    // A dismissal is answered by phone, unless the client asked not to be contacted.
    decide(Intent::dismissal, !has(Signal::no_contact) && !has(Signal::unsubscribe),
           dismissal_stated != nullptr
               ? dismissal_stated
               : match_of(has(Signal::unsubscribe) ? Signal::unsubscribe : Signal::dismissal_weak));
  } else if (!hits.empty() && !(only_timing && has(Signal::scheduling_move))) {
    decide(Intent::objection, true, nullptr);
  } else if (has(Signal::scheduling_move) && asking == own_sentences.size() && !has(Signal::question)) {
    // Moving a meeting is scheduling, not a timing objection nor a new wish to meet; a
    // question of its own beside the move ("What's the rate? And can we move Thursday's
    // call to 3?") still comes first. A client who sends the new invitation themselves
    // leaves nothing to answer.
    decide(Intent::scheduling, !has(Signal::scheduling_invite), match_of(Signal::scheduling_move));
  } else if (has(Signal::interest)) {
    decide(Intent::interest, true, match_of(Signal::interest));
  } else if (asking < own_sentences.size() || has(Signal::question) || request != nullptr) {
    if (has(Signal::question))
      decide(Intent::question, true, match_of(Signal::question));
    else if (asking < own_sentences.size())
      decide(Intent::question, true, nullptr);
    else
      decide(Intent::question, true, request, &requests_);
    if (result.evidence.empty())
      result.evidence.push_back({"intent.question", own_sentences[asking].span, "question act"});
  } else if (has(Signal::scheduling) || has(Signal::scheduling_confirm) || has(Signal::scheduling_notice)) {
    // Accepting a time, or saying one will be late, owes nothing; proposing or asking
    // for a time does.
    // A client who accepts and sends the invitation themselves ("Thursday at 2 works for
    // me. I'll send a Teams invite.") leaves nothing to answer either.
    const bool owes_nothing = (has(Signal::scheduling_confirm) || has(Signal::scheduling_notice)) &&
                              (!has(Signal::scheduling) || has(Signal::scheduling_invite)) && !asks_about_time;
    decide(Intent::scheduling, !owes_nothing,
           match_of(has(Signal::scheduling)           ? Signal::scheduling
                    : has(Signal::scheduling_confirm) ? Signal::scheduling_confirm
                                                      : Signal::scheduling_notice));
  } else {
    bool any_content = false;
    for (std::size_t i = 0; i < own_sentences.size(); ++i) any_content = any_content || (content[i] && !courteous[i]);
    if (has(Signal::info) || any_content)
      decide(Intent::info, false, match_of(Signal::info));
    else
      decide(Intent::pleasantry, false, match_of(Signal::courtesy));
  }

  if (result.intent == Intent::dismissal || result.intent == Intent::objection ||
      result.intent == Intent::unsubscribe) {
    for (const auto* hit : hits) {
      if (std::find(result.objections.begin(), result.objections.end(), hit->category) == result.objections.end())
        result.objections.push_back(hit->category);
      result.evidence.push_back({fmt::format("objection.{}", to_string(hit->category)), hit->span, hit->rule});
    }
    std::sort(result.objections.begin(), result.objections.end());
  }
  return result;
}

}  // namespace rapport::analysis
