#pragma once
// Runs the analysis on what an import reads, so that every stored message and call
// turn carries its tags (model::Tag) for the playbook.

#include <string>
#include <vector>

#include "rapport/analysis/analyzer.hpp"
#include "rapport/model/message.hpp"
#include "rapport/model/transcript.hpp"

namespace rapport::importer {

// Tags of the message's new text (intent and reply owed included unless it is the
// owner's own message). Mail says who sent it but not which side that is: a message
// from one of `me` (the owner's identities, when given) is the owner's own. (`rapport
// reanalyze` reads stored mail the same way, so that it gives back the import's tags.)
void annotate(const analysis::Analyzer& analyzer, model::Message& message, const std::vector<model::Identity>& me = {});

// Tags of every turn, each with the turn before it as context. `rep_names` are the
// salesperson's names (lower-case) as transcripts may write them; empty when unknown.
void annotate(const analysis::Analyzer& analyzer, model::Transcript& transcript,
              const std::vector<std::string>& rep_names);

// The analysis as stored tags: every piece of evidence, the facts with their phrase,
// the intent (once) and "reply_owed" when a reply is owed.
std::vector<model::Tag> to_tags(const analysis::Analysis& analysis);

}  // namespace rapport::importer
