#pragma once
// Reading a stored call back as a transcript, and finding the salesperson among its
// speakers: shared by `rapport review` and `rapport report`.

#include <string>
#include <string_view>
#include <vector>

#include "rapport/model/transcript.hpp"
#include "rapport/store/store.hpp"

namespace rapport::cli {

// A stored conversation as a transcript, with the tags the import gave each turn.
model::Transcript transcript_of(const store::Conversation& conversation);

// The speaker `name` designates: the same name ignoring case, else the one speaker
// whose name is the start of `name` or starts with it ("Nora" for "Nora Castellane",
// and the other way round). Empty when none, or when that is ambiguous.
std::string match_speaker(const std::vector<std::string>& speakers, std::string_view name);

}  // namespace rapport::cli
