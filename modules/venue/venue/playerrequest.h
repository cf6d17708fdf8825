#pragma once

#include <core/result.h>
#include <core/shotrecord.h>
#include <rules/game.h>
#include <rules/match.h>

#include <QString>

#include <array>

namespace dojo::venue {

// What a player at the table asks for before the next shot: a tap on the venue screen or a
// request from a phone.
struct PlayerRequest
{
    enum class Kind { Call, Safety, PushOut, Choose };
    Kind kind = Kind::Call;
    Call call;                                   // Kind::Call
    rules::Choice choice = rules::Choice::Shoot; // Kind::Choose
};

// Whether the player in `seat` may make `request` now, as the match stands; the refusal is one
// sentence naming the players (`players`, by seat).
Result<void> checkRequest(const rules::Match &match, const std::array<QString, 2> &players,
                          rules::Seat seat, const PlayerRequest &request);

// The request as the table reads it: "Ada calls the 9 in the foot-left pocket."
QString requestSentence(const PlayerRequest &request, const QString &player);

} // namespace dojo::venue
