#pragma once

#include <core/result.h>
#include <venue/handresults.h>
#include <venue/playerhistory.h>
#include <venue/playerstatistics.h>
#include <venue/staff.h>

#include <QString>

#include <functional>

namespace dojo::ui {

// What the app gives the players' screens to read and write beyond the venue model and its
// ratings: a profile's history and figures, and the results entered by hand. The screens never
// see the database; each is venue/playerhistory.h's, playerstatistics.h's or handresults.h's
// function on the app's database.
struct PlayerRecords
{
    std::function<Result<venue::PlayerHistory>(qint64 venueId, qint64 playerId)> history;
    std::function<Result<venue::PlayerFigureSheet>(qint64 venueId, qint64 playerId)> figures;
    std::function<Result<qint64>(const venue::HandResult &result, const venue::Actor &actor)>
        enterResult;
    std::function<Result<void>(qint64 resultId, const QString &reason, const venue::Actor &actor)>
        voidResult;
    std::function<Result<qint64>(qint64 resultId, const venue::HandResult &corrected,
                                 const QString &reason, const venue::Actor &actor)>
        correctResult;

    bool isSet() const { return history && figures && enterResult && voidResult && correctResult; }
};

} // namespace dojo::ui
