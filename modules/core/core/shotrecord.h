#pragma once

#include "core/pocket.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace dojo {

// Fouls the camera cannot see; the referee calls them (FORMAT.md, referee_fouls).
enum class RefereeFoul {
    DoubleHit,
    PushShot,
    TouchedBall,
    BadCueBallPlacement,
    NoFootOnFloor,
    SlowPlay
};

inline constexpr std::array<RefereeFoul, 6> kAllRefereeFouls
    = {RefereeFoul::DoubleHit,           RefereeFoul::PushShot,      RefereeFoul::TouchedBall,
       RefereeFoul::BadCueBallPlacement, RefereeFoul::NoFootOnFloor, RefereeFoul::SlowPlay};

QString refereeFoulKey(RefereeFoul foul);
std::optional<RefereeFoul> refereeFoulFromKey(const QString &key);

struct PocketedBall
{
    int ball = 0; // 0 is the cue ball
    PocketId pocket = PocketId::HeadLeft;
    friend bool operator==(const PocketedBall &, const PocketedBall &) = default;
};

// A called shot: a ball into a pocket, or a declared safety.
struct Call
{
    bool safety = false;
    int ball = 0;
    PocketId pocket = PocketId::HeadLeft;
    friend bool operator==(const Call &, const Call &) = default;

    static Call safetyCall() { return {true, 0, PocketId::HeadLeft}; }
};

// One shot as the tracker (or the simulator) reports it: FORMAT.md's SHOT.
struct ShotRecord
{
    bool isBreak = false;
    std::optional<int> firstContact;    // the first object ball the cue ball touched
    std::vector<PocketedBall> pocketed; // in the order they dropped
    std::vector<int> rails;             // balls driven to a cushion after first contact
    std::vector<int> offTable;          // balls that came to rest off the bed
    std::optional<Call> call;
    bool pushOut = false;
    std::vector<RefereeFoul> refereeFouls;

    friend bool operator==(const ShotRecord &, const ShotRecord &) = default;

    bool isPocketed(int ball) const;
    bool isOffTable(int ball) const;
    bool scratched() const { return isPocketed(0) || isOffTable(0); }
};

} // namespace dojo
