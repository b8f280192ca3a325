// How long `rapport review` takes on a one-hour call: a transcript of invented turns
// (a discovery, a pitch, objections, small talk, a close) repeated until it lasts an
// hour, tagged by the analysis as an import would, then reviewed. Prints the time of
// each part; the review itself should stay well under 50 ms.
//
//   bench_review_speed [minutes=60] [repetitions=20]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "rapport/analysis/analyzer.hpp"
#include "rapport/importer/annotate.hpp"
#include "rapport/playbook/call_review.hpp"

namespace {

struct Line {
  bool rep;
  const char* text;
};

// Invented for this benchmark.
constexpr Line k_script[] = {
    {true, "Hi Morgan, it's Alex from Brightline. Is now still a good time?"},
    {false, "Yes, fine, I've just come back from the allotment."},
    {true, "How are the tomatoes doing this year?"},
    {false, "Better than last year. The slugs got half of them in July though."},
    {true, "Do you mind if I ask a few questions about how you book the vans today?"},
    {false, "Go ahead."},
    {true, "Tell me how a normal Monday goes, from the first call to the last delivery."},
    {false, "We take the orders by phone, write them on the board, and the drivers pick them up at eight. "
             "Half the time something changes by ten and we ring round."},
    {true, "How many drivers do you have on a busy day?"},
    {false, "Nine, sometimes eleven in December."},
    {true, "What happens when a driver is off sick?"},
    {false, "I do the route myself, which means nobody answers the phone."},
    {true, "Based on that, here's what I'd suggest. The planner takes the orders from your web form and the phone, "
           "builds the routes overnight, and every driver gets the day on their phone. The plan is twelve pounds "
           "per driver per month."},
    {false, "That's more than we budgeted for, to be honest."},
    {true, "I understand. Which part of it would make the biggest difference for you?"},
    {false, "The sick days. If the app moved the jobs around for me, that would save my week."},
    {true, "Would you like to start with a month's trial from the first of the month?"},
    {false, "I'd have to talk to my business partner first, she does the money side."},
    {true, "Of course. Could we meet next Tuesday with her, at your yard?"},
    {false, "Tuesday at ten works."},
    {true, "Thanks, Morgan. I'll send a short summary today. Good luck with the slugs!"},
    {false, "Thanks, bye for now."},
};

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const double minutes = argc > 1 ? std::atof(argv[1]) : 60.0;
  const int repetitions = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;

  rapport::model::Transcript t;
  t.channel = rapport::model::Channel::video;
  t.title = "one-hour benchmark call";
  t.speakers = {"Alex Rep", "Morgan Client"};
  double at = 0;
  for (std::size_t i = 0; at < minutes * 60; ++i) {
    const auto& line = k_script[i % std::size(k_script)];
    rapport::model::Utterance u;
    u.speaker = line.rep ? "Alex Rep" : "Morgan Client";
    u.text = line.text;
    const double length = 1.0 + static_cast<double>(u.text.size()) / 15.0;  // about 15 characters a second
    u.start_s = at;
    u.end_s = at + length;
    at += length + 0.6;
    t.turns.push_back(std::move(u));
  }

  auto analyzer = rapport::analysis::Analyzer::create();
  if (!analyzer) {
    std::fprintf(stderr, "analysis rules: %s\n", analyzer.error().message.c_str());
    return 1;
  }
  auto start = std::chrono::steady_clock::now();
  rapport::importer::annotate(*analyzer, t, {"alex rep"});
  const double tagging_ms = ms_since(start);

  std::vector<double> times;
  std::size_t findings_true = 0;
  for (int r = 0; r < repetitions; ++r) {
    start = std::chrono::steady_clock::now();
    const auto review = rapport::playbook::review_call(t, "Alex Rep");
    times.push_back(ms_since(start));
    findings_true = 0;
    for (const auto& f : review.findings)
      if (f.value.value_or(false)) ++findings_true;
  }
  std::sort(times.begin(), times.end());
  std::printf("transcript: %.0f min, %zu turns\n", at / 60, t.turns.size());
  std::size_t tags = 0;
  for (const auto& u : t.turns) tags += u.tags.size();
  std::printf("tagging (analysis, once, as at import): %.1f ms, %zu tags\n", tagging_ms, tags);
  std::printf("review_call: median %.2f ms, max %.2f ms over %d runs (%zu findings true)\n",
              times[times.size() / 2], times.back(), repetitions, findings_true);
  std::printf("budget 50 ms for the review: %s\n", times[times.size() / 2] < 50 ? "met" : "NOT met");
  return 0;
}
