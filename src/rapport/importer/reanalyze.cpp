#include "rapport/importer/reanalyze.hpp"

#include <algorithm>
#include <utility>

#include "rapport/importer/annotate.hpp"
#include "rapport/util/ascii.hpp"

namespace rapport::importer {

Result<ReanalyzeSummary> reanalyze(store::Store& store, const ImportOptions& options, ProgressListener* progress) {
  auto analyzer = analysis::Analyzer::create(options.rules);
  if (!analyzer) return analyzer.take_error();
  auto counts = store.counts();
  if (!counts) return counts.take_error();
  auto owner = store.owner();
  if (!owner) return owner.take_error();
  std::vector<std::string> rep_names;
  if (!options.rep_name.empty()) rep_names.push_back(ascii_lower(options.rep_name));
  // The owner's identities: those given now and those the store settled at import.
  std::vector<model::Identity> me = options.me;
  me.insert(me.end(), owner->begin(), owner->end());
  for (const auto& id : me)
    if (id.kind == model::IdentityKind::name) rep_names.push_back(ascii_lower(id.value));

  ReanalyzeSummary summary;
  const auto total = counts->messages + counts->transcripts;
  if (progress) progress->on_start(1, total);
  // Batches as large as an import's: each is one transaction.
  const std::size_t batch = std::max<std::size_t>(options.batch_records, 1);
  for (std::int64_t after = 0;;) {
    auto texts = store.message_texts(after, batch);
    if (!texts) return texts.take_error();
    if (texts->empty()) break;
    std::vector<std::pair<std::int64_t, std::vector<model::Tag>>> tags;
    tags.reserve(texts->size());
    for (auto& t : *texts) {
      model::Message m;
      m.channel = t.channel;
      m.direction = t.direction;
      m.automatic = t.automatic;
      m.subject = std::move(t.subject);
      m.zones.new_text = std::move(t.new_text);
      m.from.id = std::move(t.from);
      annotate(*analyzer, m, me);
      tags.emplace_back(t.row, std::move(m.tags));
    }
    RAPPORT_TRY(store.replace_message_tags(tags));
    after = texts->back().row;
    summary.messages += texts->size();
    if (progress) progress->on_advance(summary.messages, summary.messages);
  }
  for (std::int64_t after = 0;;) {
    auto transcripts = store.transcripts_after(after, 50);
    if (!transcripts) return transcripts.take_error();
    if (transcripts->empty()) break;
    for (auto& [id, transcript] : *transcripts) {
      annotate(*analyzer, transcript, rep_names);
      std::vector<std::vector<model::Tag>> tags;
      tags.reserve(transcript.turns.size());
      for (auto& turn : transcript.turns) tags.push_back(std::move(turn.tags));
      RAPPORT_TRY(store.replace_turn_tags(id, tags));
      ++summary.transcripts;
    }
    after = transcripts->back().first;
    if (progress) progress->on_advance(summary.messages + summary.transcripts, summary.messages + summary.transcripts);
  }
  if (progress) progress->on_finish();
  return summary;
}

}  // namespace rapport::importer
