// How long a tournament's draw takes to plan and play out, the better seed winning every
// match, as `dojopool bracket --simulate higher-seed-wins` does: a 128-player double
// elimination (the figure), and single elimination, round robin and Swiss beside it,
// plus the largest fields the command takes. Not a test: it prints figures, it asserts
// nothing about time.

#include <venue/bracket.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

using namespace dojo;
using Clock = std::chrono::steady_clock;

namespace {

struct Figures
{
    int matches = 0;
    double microseconds = 0;    // per plan and play-out, by the wall clock
    double cpuMicroseconds = 0; // the same in this process's CPU time (a shared machine)
};

int playOut(venue::Bracket &bracket)
{
    int played = 0;
    for (std::vector<int> ready = venue::readyMatches(bracket); !ready.empty();
         ready = venue::readyMatches(bracket)) {
        for (const int id : ready) {
            const venue::BracketMatch &match = bracket.matches[static_cast<size_t>(id)];
            const int winner = std::min(*match.entrantA, *match.entrantB);
            const bool first = winner == *match.entrantA;
            if (!venue::recordResult(bracket, id, winner, first ? 1 : 0, first ? 0 : 1)) {
                std::fprintf(stderr, "a result was refused\n");
                std::exit(1);
            }
            ++played;
        }
    }
    return played;
}

Figures measure(venue::BracketFormat format, int players, int rounds, int repetitions)
{
    venue::BracketOptions options;
    options.format = format;
    options.swissRounds = rounds;
    Figures figures;
    const std::clock_t cpuStart = std::clock();
    const auto start = Clock::now();
    for (int i = 0; i < repetitions; ++i) {
        Result<venue::Bracket> bracket = venue::planBracket(options, players);
        if (!bracket) {
            std::fprintf(stderr, "%s\n", qPrintable(bracket.error()));
            std::exit(1);
        }
        figures.matches = playOut(*bracket);
    }
    figures.microseconds
        = std::chrono::duration<double, std::micro>(Clock::now() - start).count() / repetitions;
    figures.cpuMicroseconds
        = 1e6 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC / repetitions;
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    // bench_bracket [REPETITIONS]: repetitions of the 128-player draws (default 200).
    const int repetitions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
    struct Row
    {
        const char *name;
        venue::BracketFormat format;
        int players;
        int rounds; // Swiss; 0: the default
        int repetitions;
    };
    const Row rows[] = {
        {"double elimination", venue::BracketFormat::DoubleElimination, 128, 0, repetitions},
        {"single elimination", venue::BracketFormat::SingleElimination, 128, 0, repetitions},
        {"round robin", venue::BracketFormat::RoundRobin, 128, 0, std::max(1, repetitions / 20)},
        {"swiss (7 rounds)", venue::BracketFormat::Swiss, 128, 0, repetitions},
        {"swiss (127 rounds)", venue::BracketFormat::Swiss, 128, 127, 1},
        {"double elimination", venue::BracketFormat::DoubleElimination, 1024, 0,
         std::max(1, repetitions / 40)},
        {"swiss (10 rounds)", venue::BracketFormat::Swiss, 1024, 0, std::max(1, repetitions / 40)},
    };
    for (const Row &row : rows) {
        const Figures figures = measure(row.format, row.players, row.rounds, row.repetitions);
        std::printf("%-20s %5d players: %6d matches, %10.1f us per plan and play-out (CPU "
                    "%.1f us; %d runs)\n",
                    row.name, row.players, figures.matches, figures.microseconds,
                    figures.cpuMicroseconds, row.repetitions);
    }
    return 0;
}
