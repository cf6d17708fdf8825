#pragma once

#include "core/ballposition.h"
#include "core/result.h"
#include "core/shotrecord.h"

#include <QByteArray>
#include <QString>

#include <optional>

#include <variant>
#include <vector>

namespace dojo {

// The tracking log: a JSON line per frame and per shot (docs/tracking.md). The simulated
// table's render writes its truth in it; the tracker writes what it saw in the same form.

// {"frame": N, "t": S, "balls": [{"id": 3, "x": 1200.5, "y": 400.2}, ...]}: frames counted
// from 0 as the video's, t in seconds from the first frame, only the balls on the table.
struct FrameLine
{
    long long frame = 0;
    double time = 0.0;
    std::vector<BallPosition> balls;
    friend bool operator==(const FrameLine &, const FrameLine &) = default;
};

// {"shot": SHOT, "t_start": S, "t_end": S}: written when the shot's balls come to rest. The
// tracker adds "review": true or false, and "reason" when true.
struct ShotLine
{
    ShotRecord shot;
    double start = 0.0;
    double end = 0.0;
    std::optional<bool> review; // none in a render's truth
    QString reason;
    friend bool operator==(const ShotLine &, const ShotLine &) = default;
};

using TrackingLine = std::variant<FrameLine, ShotLine>;

// One line each, without the newline; positions to 0.01 mm, times to 0.1 ms.
QByteArray trackingLineJson(const FrameLine &line);
QByteArray trackingLineJson(const ShotLine &line);

// Reads one line back; a line that is neither is refused with the field named.
Result<TrackingLine> readTrackingLine(const QByteArray &line);

} // namespace dojo
