#include "scoreplaces.h"

#include <algorithm>
#include <tuple>

namespace dojo::venue::internal {

namespace {

struct Record
{
    int group = 0;
    int wins = 0;
    int racksFor = 0;
    int racksAgainst = 0;
    std::vector<int> opponents;
    long buchholz = 0;
};

} // namespace

std::vector<Standing> scoreStandings(const Bracket &bracket)
{
    const bool swiss = bracket.options.format == BracketFormat::Swiss;
    std::vector<Record> records(static_cast<size_t>(bracket.entrants));
    const auto recordOf
        = [&](int entrant) -> Record & { return records[static_cast<size_t>(entrant)]; };
    // beat[a * n + b]: a beat b.
    const size_t count = records.size();
    std::vector<char> beat(count * count, 0);
    for (const BracketMatch &match : bracket.matches) {
        for (const std::optional<int> &entrant : {match.entrantA, match.entrantB}) {
            if (entrant)
                recordOf(*entrant).group = match.group;
        }
        if (match.played()) {
            const int a = *match.entrantA;
            const int b = *match.entrantB;
            const int winner = *match.winner;
            ++recordOf(winner).wins;
            recordOf(a).racksFor += match.racksA;
            recordOf(a).racksAgainst += match.racksB;
            recordOf(b).racksFor += match.racksB;
            recordOf(b).racksAgainst += match.racksA;
            recordOf(a).opponents.push_back(b);
            recordOf(b).opponents.push_back(a);
            const int loser = winner == a ? b : a;
            beat[static_cast<size_t>(winner) * count + static_cast<size_t>(loser)] = 1;
        } else if (swiss && match.decided && match.entrantA && !match.entrantB) {
            ++recordOf(*match.entrantA).wins;
        }
    }
    if (swiss) {
        for (Record &record : records) {
            for (const int opponent : record.opponents)
                record.buchholz += recordOf(opponent).wins;
        }
    }
    const auto key = [&](int entrant) {
        const Record &record = recordOf(entrant);
        return std::make_tuple(record.wins, record.buchholz, record.racksFor - record.racksAgainst);
    };

    std::vector<int> order(count);
    for (size_t i = 0; i < count; ++i)
        order[i] = static_cast<int>(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (recordOf(a).group != recordOf(b).group)
            return recordOf(a).group < recordOf(b).group;
        return key(a) > key(b);
    });

    std::vector<Standing> standings;
    size_t groupStart = 0;
    for (size_t i = 0; i < order.size();) {
        const int group = recordOf(order[i]).group;
        if (i == 0 || recordOf(order[i - 1]).group != group)
            groupStart = i;
        size_t end = i + 1;
        while (end < order.size() && recordOf(order[end]).group == group
               && key(order[end]) == key(order[i]))
            ++end;
        const int place = static_cast<int>(i - groupStart) + 1;
        std::vector<int> level(order.begin() + static_cast<std::ptrdiff_t>(i),
                               order.begin() + static_cast<std::ptrdiff_t>(end));
        std::sort(level.begin(), level.end());
        const auto won = [&](int a, int b) {
            return beat[static_cast<size_t>(a) * count + static_cast<size_t>(b)] != 0;
        };
        if (level.size() == 2 && (won(level[0], level[1]) || won(level[1], level[0]))) {
            const bool firstWon = won(level[0], level[1]);
            const int ahead = firstWon ? level[0] : level[1];
            const int behind = firstWon ? level[1] : level[0];
            standings.push_back({place, {ahead}, group});
            standings.push_back({place + 1, {behind}, group});
        } else {
            standings.push_back({place, level, group});
        }
        i = end;
    }
    return standings;
}

} // namespace dojo::venue::internal
